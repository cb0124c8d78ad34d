package io.studygraph.web;

import static io.studygraph.web.TestServer.ID;
import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.field;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/import?name=FILE}: validated, transactional replacement of one source's graph. */
class ImportEndpointTest {
    private static final String PREFIXES = "@prefix schema: <https://schema.org/> .\n";
    private static final String TURTLE = "text/turtle";

    @TempDir static Path dataDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String paper(String key, String title) {
        return PREFIXES + "\n<" + ID + "paper/" + key + "> a schema:ScholarlyArticle ;\n    schema:name \"" + title + "\" .\n";
    }

    @Test
    void importing_turtle_stores_it_under_its_name_and_shows_the_entity() {
        HttpResponse<String> response = server.importFile("name=extra.ttl", TURTLE, paper("test-extra", "An Extra Test Paper"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("source").asText()).isEqualTo("extra.ttl");
        assertThat(result.get("graph").asText()).isEqualTo("https://w3id.org/studygraph/source/extra.ttl");
        assertThat(result.get("triples").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(result.get("entities").asInt()).isEqualTo(1);
        JsonNode entity = server.entity(ID + "paper/test-extra");
        assertThat(entity.get("label").asText()).isEqualTo("An Extra Test Paper");
        assertThat(entity.get("kind").asText()).isEqualTo("paper");
        assertThat(field(entity.get("provenance"), "source")).containsExactly("extra.ttl");
    }

    @Test
    void an_upload_may_rank_its_source_and_a_rank_that_is_none_is_a_400() {
        HttpResponse<String> ranked = server.importFile("name=ranked.ttl&precedence=list", TURTLE, paper("test-ranked", "A Ranked Test Paper"));
        assertThat(ranked.statusCode()).as(ranked.body()).isEqualTo(200);
        assertThat(TestServer.json(server.get("/sparql?query=" + TestServer.encode(
                "SELECT ?r WHERE { <https://w3id.org/studygraph/source/ranked.ttl> sg:precedence ?r }"), "application/sparql-results+json"))
                .get("results").get("bindings").get(0).get("r").get("value").asText()).isEqualTo("list");
        assertThat(TestServer.problemDetail(server.importFile("name=ranked2.ttl&precedence=best", TURTLE, paper("test-ranked2", "Another")), 400))
                .contains("'precedence'", "'best'");
    }

    @Test
    void importing_the_same_file_again_leaves_the_triple_count_unchanged() {
        String body = paper("test-again", "A Paper Imported Twice");
        assertThat(server.importFile("name=again.ttl", TURTLE, body).statusCode()).isEqualTo(200);
        long once = server.triples();

        assertThat(server.importFile("name=again.ttl", TURTLE, body).statusCode()).isEqualTo(200);

        assertThat(server.triples()).isEqualTo(once);
    }

    @Test
    void importing_a_new_version_replaces_the_old_one() {
        server.importFile("name=versions.ttl", TURTLE, paper("test-old", "The Old Version"));

        server.importFile("name=versions.ttl", TURTLE, paper("test-new", "The New Version"));

        assertThat(server.entity(ID + "paper/test-new").get("label").asText()).isEqualTo("The New Version");
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-old")), 404);
    }

    @Test
    void broken_turtle_is_a_400_naming_file_and_line_and_changes_nothing() {
        long before = server.triples();
        String broken = PREFIXES + "\n<" + ID + "paper/test-broken> a schema:ScholarlyArticle ;\n    schema:name \"Broken\" , .\n";

        String detail = problemDetail(server.importFile("name=extra2.ttl", TURTLE, broken), 400);

        assertThat(detail).startsWith("extra2.ttl line 4");
        assertThat(server.triples()).isEqualTo(before);
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-broken")), 404);
    }

    @Test
    void under_strict_a_paper_without_a_title_breaks_the_shapes_and_changes_nothing() {
        long before = server.triples();
        String untitled = PREFIXES + "\n<" + ID + "paper/test-untitled> a schema:ScholarlyArticle .\n";

        String detail = problemDetail(server.importFile("name=untitled.ttl&strict=true", TURTLE, untitled), 400);

        assertThat(detail).startsWith("untitled.ttl line 3").contains("paper/test-untitled", "title");
        assertThat(server.triples()).isEqualTo(before);
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-untitled")), 404);
    }

    @Test
    void a_failed_strict_reimport_keeps_the_previous_version() {
        server.importFile("name=kept.ttl", TURTLE, paper("test-kept", "Still Here"));
        long before = server.triples();

        problemDetail(server.importFile("name=kept.ttl&strict=true", TURTLE, PREFIXES + "<" + ID + "paper/test-kept> a schema:ScholarlyArticle ."), 400);

        assertThat(server.triples()).isEqualTo(before);
        assertThat(server.entity(ID + "paper/test-kept").get("label").asText()).isEqualTo("Still Here");
    }

    @Test
    void leniently_a_paper_without_a_title_is_left_out_and_the_rest_imported_with_a_warning() {
        String body = paper("test-good", "A Good Paper") + "<" + ID + "paper/test-no-title> a schema:ScholarlyArticle .\n";

        HttpResponse<String> response = server.importFile("name=mixed.ttl", TURTLE, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("entities").asInt()).isEqualTo(1);
        assertThat(result.get("warnings")).singleElement().satisfies(w ->
                assertThat(w.asText()).startsWith("line 5: paper/test-no-title: ").contains("needs a title", "Left it out"));
        assertThat(server.entity(ID + "paper/test-good").get("label").asText()).isEqualTo("A Good Paper");
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-no-title")), 404);
    }

    @Test
    void the_answer_is_the_files_import_report() {
        String bib = "@article{a1,\n  title = {Quokka Diffusion},\n  author = {Quokka, Ada and Wombat, Bo},\n  year = {2024}\n}\n"
                + "@misc{b2,\n  author = {Nobody, Anne}\n}\n";

        JsonNode result = json(server.importFile("name=quokka.bib", "text/x-bibtex", bib));

        assertThat(result.get("format").asText()).isEqualTo("bibtex");
        assertThat(result.get("entries").asInt()).isEqualTo(2);
        assertThat(result.get("added").asInt()).isEqualTo(3);
        assertThat(result.get("merged").asInt()).isZero();
        assertThat(result.get("skipped").get(0).asText()).isEqualTo("line 6: entry b2 has no title");
        assertThat(result.get("warnings")).isEmpty();
    }

    @Test
    void strict_must_be_true_or_false() {
        assertThat(problemDetail(server.importFile("name=s.ttl&strict=yes", TURTLE, paper("test-s", "S")), 400)).contains("'strict'");
    }

    @Test
    void a_bad_or_missing_name_is_a_400_naming_the_parameter() {
        String body = paper("test-named", "Named");

        assertThat(problemDetail(server.importFile("", TURTLE, body), 400)).contains("'name'");
        assertThat(problemDetail(server.importFile("name=" + encode("../escape.ttl"), TURTLE, body), 400)).contains("'name'");
        assertThat(problemDetail(server.importFile("name=no-extension", TURTLE, body), 400)).contains("'name'");
    }

    @Test
    void an_unsupported_file_type_or_an_empty_body_is_a_400() {
        assertThat(problemDetail(server.importFile("name=notes.xyz", "application/octet-stream", "hello"), 400)).contains("notes.xyz");
        problemDetail(server.importFile("name=empty.ttl", TURTLE, ""), 400);
    }

    @Test
    void shacl_files_are_not_data_and_are_refused_by_name_with_the_supported_types() {
        for (String name : new String[] {"shapes.shaclc", "shapes.shc"}) {
            long before = server.triples();
            HttpResponse<String> response = server.importFile("name=" + name, "application/octet-stream", "shape :S { }\n");

            assertThat(problemDetail(response, 400)).contains(name, "unsupported file type", ".ttl");
            assertThat(server.triples()).isEqualTo(before);
        }
    }

    @Test
    void rdf_json_imports_and_broken_rdf_json_is_a_problem_not_a_crash() {
        String rdfJson = "{ \"" + ID + "paper/test-rj\" : { \"https://schema.org/name\" : [ { \"type\" : \"literal\", \"value\" : \"An RDF/JSON Paper\" } ],"
                + " \"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\" : [ { \"type\" : \"uri\", \"value\" : \"https://schema.org/ScholarlyArticle\" } ] } }";
        HttpResponse<String> ok = server.importFile("name=paper.rj", "application/rdf+json", rdfJson);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(server.entity(ID + "paper/test-rj").get("label").asText()).isEqualTo("An RDF/JSON Paper");

        long before = server.triples();
        HttpResponse<String> broken = server.importFile("name=broken.rj", "application/rdf+json", "{ \"x\" : [ ");
        assertThat(problemDetail(broken, 400)).startsWith("broken.rj");
        assertThat(server.triples()).isEqualTo(before);
    }
}
