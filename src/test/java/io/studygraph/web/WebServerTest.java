package io.studygraph.web;

import static io.studygraph.web.TestServer.ID;
import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.field;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static io.studygraph.web.TestServer.targetIris;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Health, overview, entity views, linked-data IRIs and the web pages, over real HTTP. */
class WebServerTest {
    private static final String BEAT_GANS = ID + "paper/arxiv-2105.05233";
    private static final String DG = ID + "paper/arxiv-2211.17091";
    private static final String SCHEMA = "https://schema.org/";

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

    @Test
    void health_reports_the_bundled_graph() {
        HttpResponse<String> response = server.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode health = json(response);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("triples").asLong()).isGreaterThan(1000);
        assertThat(health.get("entities").get("paper").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(health.get("entities").get("person").asInt()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void overview_shows_the_reading_list_with_its_sections_in_written_order() {
        JsonNode overview = json(server.get("/api/overview"));

        JsonNode list = only(overview.get("lists"), "label", "References");
        assertThat(list.get("source").asText()).isEqualTo("reading-list.md");
        assertThat(field(list.get("sections"), "label")).containsExactly("Tutorials", "Papers", "Video blogs", "Glossary");
        JsonNode papers = only(list.get("sections"), "label", "Papers");
        assertThat(field(papers.get("items"), "iri")).containsExactly(BEAT_GANS, ID + "paper/arxiv-2211.07804",
                ID + "paper/doi-10.1007-978-3-030-93158-2-4", DG);
        JsonNode beatGans = papers.get("items").get(0);
        assertThat(beatGans.get("year").asText()).isEqualTo("2021");
        assertThat(texts(beatGans.get("people"))).containsExactly("Prafulla Dhariwal", "Alex Nichol");
    }

    @Test
    void overview_groups_kinds_in_the_documented_order_and_agrees_with_its_counts() {
        JsonNode overview = json(server.get("/api/overview"));

        List<String> kinds = field(overview.get("kinds"), "kind");
        assertThat(kinds).containsExactly("paper", "book", "tutorial", "video", "repo", "question", "concept", "person", "org");
        for (JsonNode group : overview.get("kinds")) {
            int count = overview.get("counts").get(group.get("kind").asText()).asInt();
            assertThat(group.get("total").asInt()).as("total of %s", group.get("kind")).isEqualTo(count);
            assertThat(group.get("items")).as("items of %s", group.get("kind")).hasSize(count);
        }
        List<String> paperYears = field(only(overview.get("kinds"), "kind", "paper").get("items"), "year");
        assertThat(paperYears).isSorted();
    }

    @Test
    void entity_view_of_a_paper_has_its_authors_in_order_and_its_neighbours_by_relation() {
        JsonNode paper = server.entity(BEAT_GANS);

        assertThat(paper.get("label").asText()).isEqualTo("Diffusion Models Beat GANs on Image Synthesis");
        assertThat(paper.get("kind").asText()).isEqualTo("paper");
        assertThat(paper.get("kindLabel").asText()).isEqualTo("paper");
        assertThat(field(paper.get("authors"), "label")).containsExactly("Prafulla Dhariwal", "Alex Nichol");
        assertThat(targetIris(paper.get("incoming"), "explained by")).contains(ID + "video/youtube-W-O7AZNzbzQ");
        assertThat(targetIris(paper.get("incoming"), "implemented in")).contains(ID + "repo/github-openai-guided-diffusion");
        assertThat(targetIris(paper.get("outgoing"), "cites")).contains(ID + "paper/arxiv-2006.11239");
    }

    @Test
    void entity_view_names_each_source_and_the_line_where_it_speaks_of_the_entity() {
        JsonNode provenance = server.entity(BEAT_GANS).get("provenance");

        int listLine = TestServer.bundledLine("reading-list.md", l -> l.contains("Diffusion Models Beat GANS on Image Synthesis. (2021)"));
        int ttlLine = TestServer.bundledLine("enrichment.ttl", l -> l.startsWith("paper:arxiv-2105.05233"));
        assertThat(field(provenance, "source")).containsExactlyInAnyOrder("reading-list.md", "enrichment.ttl");
        assertThat(only(provenance, "source", "reading-list.md").get("line").asInt()).isEqualTo(listLine);
        // The paper's description in the Turtle file, not a comment that happens to mention it.
        assertThat(only(provenance, "source", "enrichment.ttl").get("line").asInt()).isEqualTo(ttlLine);
    }

    @Test
    void a_person_links_back_to_what_they_wrote_and_keeps_their_place_in_the_author_list() {
        JsonNode person = server.entity(ID + "person/se-jung-kwon");
        JsonNode paper = server.entity(DG);

        assertThat(person.get("label").asText()).isEqualTo("Se Jung Kwon");
        assertThat(targetIris(person.get("incoming"), "author of")).contains(DG);
        assertThat(field(paper.get("authors"), "label")).hasSize(5).element(2).isEqualTo("Se Jung Kwon");
    }

    @Test
    void an_unknown_entity_is_a_404_problem() {
        String detail = problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/no-such-paper")), 404);

        assertThat(detail).contains(ID + "paper/no-such-paper");
    }

    @Test
    void a_missing_or_malformed_iri_is_a_400_problem_naming_the_parameter() {
        assertThat(problemDetail(server.get("/api/entity"), 400)).contains("'iri'");
        assertThat(problemDetail(server.get("/api/entity?iri=" + encode("not an iri")), 400)).contains("'iri'");
    }

    @Test
    void a_browser_asking_for_an_entity_iri_gets_the_entity_page() {
        HttpResponse<String> response = server.get("/id/paper/arxiv-2105.05233", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(response.body()).contains("<html", "entity");
    }

    @Test
    void an_rdf_client_asking_for_an_entity_iri_gets_its_triples_as_turtle() {
        HttpResponse<String> response = server.get("/id/paper/arxiv-2105.05233", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
        Model model = turtle(response.body());
        Resource paper = model.createResource(BEAT_GANS);
        assertThat(model.contains(paper, model.createProperty(SCHEMA + "name"), "Diffusion Models Beat GANs on Image Synthesis")).isTrue();
    }

    @Test
    void the_turtle_of_a_paper_keeps_its_author_list_whole() {
        Model model = turtle(server.get("/id/paper/arxiv-2105.05233", "text/turtle").body());

        List<List<String>> authorLists = new ArrayList<>();
        model.listObjectsOfProperty(model.createResource(BEAT_GANS), model.createProperty("http://purl.org/ontology/bibo/authorList"))
                .forEach(node -> {
                    assertThat(node.canAs(RDFList.class)).as("author list %s comes with its cells", node).isTrue();
                    RDFList list = node.as(RDFList.class);
                    assertThat(list.isValid()).as("a well-formed RDF list ending in rdf:nil").isTrue();
                    authorLists.add(list.asJavaList().stream().map(RDFNode::toString).toList());
                });
        assertThat(authorLists).isNotEmpty().contains(List.of(ID + "person/prafulla-dhariwal", ID + "person/alex-nichol"));
    }

    @Test
    void an_unknown_entity_iri_is_a_404_page_for_a_browser_and_a_problem_for_a_program() {
        HttpResponse<String> page = server.get("/id/paper/unknown", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html", "/js/missing.js", "name=\"q\"");
        problemDetail(server.get("/id/paper/unknown", "text/turtle"), 404);
        problemDetail(server.get("/id/paper/unknown", "application/json"), 404);
    }

    @Test
    void the_home_page_and_its_scripts_are_served() {
        HttpResponse<String> home = server.get("/");
        HttpResponse<String> script = server.get("/js/home.js");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("<html", "/js/home.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(script.body()).contains("import");
    }

    @Test
    void a_browser_asking_for_a_page_that_is_not_here_gets_the_missing_page_a_program_the_problem() {
        HttpResponse<String> page = server.get("/no/such/page.html", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("/js/missing.js", "Search for it");
        problemDetail(server.get("/no/such/page.html", "application/json"), 404);
    }

    static Stream<String> badRequests() {
        return Stream.of("/api/entity", "/api/entity?iri=" + encode("not an iri"), "/api/entity?iri=" + encode(ID + "paper/x"),
                "/api/entity?iri=" + encode("https://example.org/a b"), "/sparql?query=" + encode("SELECT * WHERE {"),
                "/sparql?query=" + encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }"), "/sparql?query=a&query=b",
                "/id/paper/unknown", "/id/Paper/x", "/no/such/page");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badRequests")
    void problems_never_show_a_java_stack_trace(String pathAndQuery) {
        HttpResponse<String> response = server.get(pathAndQuery);

        assertThat(response.statusCode()).isBetween(400, 499);
        problemDetail(response, response.statusCode());
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(model);
        return model;
    }

    private static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(n -> { if (n.path(field).asText().equals(value)) matches.add(n); });
        assertThat(matches).as("elements with %s = %s", field, value).hasSize(1);
        return matches.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
