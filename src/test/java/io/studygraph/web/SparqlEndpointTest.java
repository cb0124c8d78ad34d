package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET|POST /sparql}: the SPARQL 1.1 protocol, read-only, with predeclared prefixes. */
class SparqlEndpointTest {
    private static final String TITLES = "SELECT ?title WHERE { ?paper a schema:ScholarlyArticle ; schema:name ?title }";
    private static final String BEAT_GANS = "Diffusion Models Beat GANs on Image Synthesis";
    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final String INSERT = "INSERT DATA { <urn:test:s> <urn:test:p> \"inserted\" }";
    private static final String INSERTED = "ASK { <urn:test:s> ?p ?o }";

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
    void a_select_by_get_answers_with_sparql_results_json() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(TITLES));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(RESULTS_JSON));
        JsonNode results = json(response);
        assertThat(results.get("head").get("vars").get(0).asText()).isEqualTo("title");
        assertThat(results.get("results").get("bindings").findValuesAsText("value")).contains(BEAT_GANS);
    }

    @Test
    void a_select_posted_as_a_form_answers_the_same() {
        HttpResponse<String> response = server.post("/sparql", "application/x-www-form-urlencoded", "query=" + encode(TITLES));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("results").get("bindings").findValuesAsText("value")).contains(BEAT_GANS);
    }

    @Test
    void a_select_posted_as_a_sparql_query_body_answers_the_same() {
        HttpResponse<String> response = server.post("/sparql", "application/sparql-query", TITLES);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("results").get("bindings").findValuesAsText("value")).contains(BEAT_GANS);
    }

    @Test
    void an_ask_answers_with_a_boolean() {
        HttpResponse<String> yes = server.get("/sparql?query=" + encode("ASK { ?p a schema:Person ; schema:name \"Alex Nichol\" }"));
        HttpResponse<String> no = server.get("/sparql?query=" + encode("ASK { ?p a schema:Person ; schema:name \"Nobody At All\" }"));

        assertThat(yes.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(RESULTS_JSON));
        assertThat(json(yes).get("boolean").asBoolean()).isTrue();
        assertThat(json(no).get("boolean").isBoolean()).isTrue();
        assertThat(json(no).get("boolean").asBoolean()).isFalse();
    }

    @Test
    void a_construct_answers_with_turtle_that_parses() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(
                "CONSTRUCT { ?paper schema:name ?title } WHERE { ?paper a schema:ScholarlyArticle ; schema:name ?title }"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TURTLE).parse(model);
        assertThat(model.contains(model.createResource(TestServer.ID + "paper/arxiv-2105.05233"),
                model.createProperty("https://schema.org/name"), BEAT_GANS)).isTrue();
    }

    @Test
    void predeclared_prefixes_need_no_prefix_lines() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(
                "SELECT ?title WHERE { ?paper sg:arxivId \"2105.05233\" ; schema:name ?title ; bibo:authorList/rdf:first id:person\\/prafulla-dhariwal }"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("results").get("bindings").findValuesAsText("value")).contains(BEAT_GANS);
    }

    @Test
    void a_syntax_error_is_a_400_naming_line_and_column() {
        String detail = problemDetail(server.get("/sparql?query=" + encode("SELECT ?s WHERE {\n  ?s ?p }")), 400);

        assertThat(detail).contains("line 2").contains("column");
    }

    @Test
    void a_post_without_a_query_is_a_400_naming_the_parameter() {
        assertThat(problemDetail(server.post("/sparql", "application/x-www-form-urlencoded", "other=1"), 400)).contains("'query'");
    }

    @Test
    void a_query_given_twice_is_a_400() {
        String detail = problemDetail(server.get("/sparql?query=" + encode("ASK {}") + "&query=" + encode("ASK {}")), 400);

        assertThat(detail).contains("'query'");
    }

    @Test
    void an_update_is_refused_as_read_only_and_changes_nothing() {
        long before = server.triples();

        assertThat(problemDetail(server.get("/sparql?query=" + encode(INSERT)), 400)).contains("read-only");
        assertThat(problemDetail(server.post("/sparql", "application/sparql-query", INSERT), 400)).contains("read-only");
        problemDetail(server.post("/sparql", "application/sparql-update", INSERT), 400);
        problemDetail(server.post("/sparql", "application/x-www-form-urlencoded", "update=" + encode(INSERT)), 400);

        assertThat(server.triples()).isEqualTo(before);
        assertThat(json(server.get("/sparql?query=" + encode(INSERTED))).get("boolean").asBoolean()).isFalse();
    }

    @Test
    void a_federated_service_call_is_refused_without_touching_the_network() throws IOException {
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger calls = new AtomicInteger();
        remote.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        remote.start();
        try {
            String local = "http://localhost:" + remote.getAddress().getPort() + "/sparql";
            String detail = problemDetail(server.get("/sparql?query=" + encode(
                    "SELECT * WHERE { SERVICE <" + local + "> { ?s ?p ?o } }")), 400);
            problemDetail(server.get("/sparql?query=" + encode(
                    "SELECT * WHERE { ?x a schema:Person OPTIONAL { SERVICE <http://example.org/sparql> { ?x ?p ?o } } }")), 400);

            assertThat(detail).contains("SERVICE");
            assertThat(calls).hasValue(0);
        } finally {
            remote.stop(0);
        }
    }
}
