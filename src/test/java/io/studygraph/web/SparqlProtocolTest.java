package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.sparql.SparqlService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL 1.1 Protocol cases beyond the basics: formats, datasets, status codes, limits. */
class SparqlProtocolTest {
    private static final String SELECT = "SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t } ORDER BY ?t";
    private static final String CONSTRUCT = "CONSTRUCT { ?p schema:name ?t } WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t }";
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, new SparqlService.Limits(Duration.ofMillis(800), 5, 2));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
            "application/sparql-results+xml, application/sparql-results+xml, <sparql",
            "text/csv, text/csv, t",
            "text/tab-separated-values, text/tab-separated-values, ?t",
            "'text/html;q=0.5, text/csv', text/csv, t",
    })
    void select_results_follow_the_accept_header(String accept, String expectedType, String expectedStart) {
        HttpResponse<String> r = server.get("/sparql?query=" + encode(SELECT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(expectedType);
        assertThat(r.body()).contains(expectedStart);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES",
            "application/rdf+xml, RDFXML", "application/trig, TRIG",
    })
    void graphs_follow_the_accept_header_and_parse_back(String accept, String lang) {
        HttpResponse<String> r = server.get("/sparql?query=" + encode(CONSTRUCT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        Lang parsed = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            case "TRIG" -> Lang.TRIG;
            default -> Lang.TURTLE;
        };
        Model model = RDFParser.fromString(r.body(), parsed).toModel();
        assertThat(model.size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_format_parameter_serves_browsers_that_cannot_set_accept() {
        HttpResponse<String> r = server.get("/sparql?format=csv&query=" + encode(SELECT), "text/html");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(problemDetail(server.get("/sparql?format=turtle&query=" + encode(SELECT)), 400)).contains("format");
    }

    @Test
    void a_query_may_declare_a_predeclared_prefix_again() {
        String q = "PREFIX schema: <https://schema.org/>\nPREFIX ex: <http://example.org/>\nASK { ?p a schema:ScholarlyArticle }";
        HttpResponse<String> r = server.get("/sparql?query=" + encode(q));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @Test
    void a_client_accepting_nothing_that_fits_gets_406() {
        assertThat(server.get("/sparql?query=" + encode(SELECT), "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void a_post_of_another_content_type_is_415() {
        HttpResponse<String> r = server.post("/sparql", "application/json", "{\"query\":\"ASK {}\"}");
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void default_graph_uri_limits_the_query_to_that_graph() {
        String count = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }";
        String listOnly = server.get("/sparql?format=csv&default-graph-uri=" + encode("https://w3id.org/studygraph/source/reading-list.md")
                + "&query=" + encode(count)).body();
        String all = server.get("/sparql?format=csv&query=" + encode(count)).body();
        assertThat(Integer.parseInt(listOnly.lines().skip(1).findFirst().orElseThrow().strip()))
                .isLessThan(Integer.parseInt(all.lines().skip(1).findFirst().orElseThrow().strip()));
    }

    @Test
    void named_graph_uri_names_the_graphs_a_query_may_see() {
        String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        String body = server.get("/sparql?format=csv&named-graph-uri=" + encode("https://w3id.org/studygraph/source/enrichment.ttl")
                + "&query=" + encode(graphs)).body();
        assertThat(body.lines().skip(1).toList()).containsExactly("https://w3id.org/studygraph/source/enrichment.ttl");
    }

    @Test
    void without_a_query_a_client_gets_the_service_description() {
        HttpResponse<String> r = server.get("/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model sd = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
        assertThat(sd.listStatements(null, sd.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"), (String) null)
                .hasNext()).isTrue();
        assertThat(r.body()).contains("SPARQL11Query").contains("source/reading-list.md");
    }

    @Test
    void results_past_the_row_cap_are_cut_and_the_response_says_so() {
        HttpResponse<String> r = server.get("/sparql?format=csv&query=" + encode("SELECT ?s WHERE { ?s ?p ?o }"));
        assertThat(r.body().lines().count()).isEqualTo(1 + 5);
        assertThat(r.headers().firstValue("StudyGraph-Truncated")).hasValue("true");
        assertThat(r.headers().firstValue("StudyGraph-Row-Limit")).hasValue("5");
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).headers().firstValue("StudyGraph-Truncated")).hasValue("false");

        // In the answer itself: the results' head links sg:truncated, JSON and XML alike; a whole answer does not.
        String truncated = "https://w3id.org/studygraph/ontology#truncated";
        JsonNode json = TestServer.json(server.get("/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p ?o }"), "application/sparql-results+json"));
        assertThat(json.get("head").get("link").get(0).asText()).isEqualTo(truncated);
        assertThat(json.get("results").get("bindings")).hasSize(5);
        String xml = server.get("/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p ?o }"), "application/sparql-results+xml").body();
        assertThat(xml).contains("<link href=\"" + truncated + "\"/>");
        assertThat(TestServer.json(server.get("/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"), "application/sparql-results+json"))
                .get("head").has("link")).isFalse();
        // The service description gives the cap.
        assertThat(server.get("/sparql", "text/turtle").body()).contains("sg:rowLimit", "5");
    }

    @Test
    void reads_are_open_to_other_origins() {
        HttpResponse<String> r = server.get("/sparql?query=" + encode("ASK {}"));
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> preflight = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/sparql"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST").build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void a_runaway_query_is_stopped_at_the_time_limit_while_the_server_keeps_answering() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> server.get("/sparql?query=" + encode(CROSS_JOIN)));
        // Meanwhile other requests are answered.
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).isEqualTo(200);
        HttpResponse<String> r = slow.get();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(problemDetail(r, 503)).contains("time limit");
        assertThat(seconds).as("stopped near the 0.8 s limit, not run to the end").isLessThan(30);
    }
}
