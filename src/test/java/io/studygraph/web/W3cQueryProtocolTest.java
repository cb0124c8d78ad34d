package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C SPARQL 1.1 Protocol tests of the query operation (data-sparql11/protocol/manifest.ttl),
 * each one that applies to a read-only endpoint. The update tests do not apply (updates are refused).
 * The dataset tests name graphs to fetch from the web; this endpoint never fetches, so they name
 * graphs it holds instead (the bundled sources), which is what they test: the protocol's
 * default-graph-uri and named-graph-uri pick the dataset, over the query's FROM.
 */
class W3cQueryProtocolTest {
    private static final String LIST = "https://w3id.org/studygraph/source/reading-list.md";
    private static final String CURATED = "https://w3id.org/studygraph/source/enrichment.ttl";
    private static final Set<String> RESULT_TYPES = Set.of("application/sparql-results+xml", "application/sparql-results+json",
            "text/csv", "text/tab-separated-values");
    private static final Set<String> GRAPH_TYPES = Set.of("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json");

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String contentType, byte[] body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.uri("/sparql")).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) r.header("Content-Type", contentType);
        return server.send(r.build());
    }

    private static String mediaType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static Set<String> graphsSeen(HttpResponse<String> r) {
        Set<String> graphs = new TreeSet<>();
        TestServer.json(r).get("results").get("bindings").forEach(b -> graphs.add(b.get("g").get("value").asText()));
        return graphs;
    }

    private static long count(HttpResponse<String> r) {
        JsonNode rows = TestServer.json(r).get("results").get("bindings");
        return rows.get(0).get("n").get("value").asLong();
    }

    @Test
    void query_get_post_form_and_post_direct() {
        assertThat(server.get("/sparql?query=" + q("ASK {}")).statusCode()).isEqualTo(200);
        assertThat(post("application/x-www-form-urlencoded", ("query=" + q("ASK {}")).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        HttpResponse<String> direct = post("application/sparql-query", "ASK {}".getBytes(StandardCharsets.UTF_8));
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(RESULT_TYPES).contains(mediaType(direct));
    }

    @Test
    void query_dataset_default_graphs_get_and_post() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        long list = count(server.get("/sparql?query=" + q(query) + "&default-graph-uri=" + q(LIST), "application/sparql-results+json"));
        long curated = count(server.get("/sparql?query=" + q(query) + "&default-graph-uri=" + q(CURATED), "application/sparql-results+json"));
        long both = count(server.get("/sparql?query=" + q(query) + "&default-graph-uri=" + q(LIST) + "&default-graph-uri=" + q(CURATED),
                "application/sparql-results+json"));
        assertThat(list).isPositive();
        assertThat(curated).isPositive();
        assertThat(both).isGreaterThan(Math.max(list, curated)).isLessThanOrEqualTo(list + curated);
        HttpResponse<String> posted = server.send(HttpRequest.newBuilder(server.uri("/sparql")).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(query) + "&default-graph-uri=" + q(LIST) + "&default-graph-uri=" + q(CURATED)))
                .build());
        assertThat(count(posted)).isEqualTo(both);
    }

    @Test
    void query_dataset_named_graphs_get_and_post() {
        String query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertThat(graphsSeen(server.get("/sparql?query=" + q(query) + "&named-graph-uri=" + q(LIST), "application/sparql-results+json")))
                .containsExactly(LIST);
        HttpResponse<String> posted = server.send(HttpRequest.newBuilder(server.uri("/sparql")).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(query) + "&named-graph-uri=" + q(LIST) + "&named-graph-uri=" + q(CURATED))).build());
        assertThat(graphsSeen(posted)).containsExactlyInAnyOrder(LIST, CURATED);
    }

    @Test
    void query_dataset_full_and_query_multiple_dataset() {
        // Default and named graphs given together; then the protocol's dataset over the query's own FROM.
        String query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> full = server.get("/sparql?query=" + q(query) + "&default-graph-uri=" + q(LIST) + "&named-graph-uri=" + q(CURATED),
                "application/sparql-results+json");
        assertThat(graphsSeen(full)).containsExactly(CURATED);
        String fromList = "SELECT DISTINCT ?g FROM NAMED <" + LIST + "> WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertThat(graphsSeen(server.get("/sparql?query=" + q(fromList) + "&named-graph-uri=" + q(CURATED), "application/sparql-results+json")))
                .containsExactly(CURATED);
    }

    @Test
    void query_content_type_select_ask_describe_construct() {
        String accept = "application/sparql-results+xml, application/rdf+xml";
        assertThat(RESULT_TYPES).contains(mediaType(server.get("/sparql?query=" + q("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"), accept)));
        assertThat(RESULT_TYPES).contains(mediaType(server.get("/sparql?query=" + q("ASK { ?s ?p ?o }"), accept)));
        assertThat(GRAPH_TYPES).contains(mediaType(server.get("/sparql?query=" + q("DESCRIBE <https://w3id.org/studygraph/id/paper/arxiv-2006.11239>"), accept)));
        assertThat(GRAPH_TYPES).contains(mediaType(server.get("/sparql?query=" + q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"), accept)));
    }

    @Test
    void bad_query_method_multiple_queries_and_media_types() {
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/sparql?query=" + q("ASK {}")))
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(server.get("/sparql?query=" + q("ASK {}") + "&query=" + q("SELECT * {}")).statusCode()).isEqualTo(400);
        assertThat(post("text/plain", "ASK {}".getBytes(StandardCharsets.UTF_8)).statusCode()).isBetween(400, 499);
        // The form body and the query body without their media types.
        assertThat(post(null, ("query=" + q("ASK {}")).getBytes(StandardCharsets.UTF_8)).statusCode()).isBetween(400, 499);
        assertThat(post(null, "ASK {}".getBytes(StandardCharsets.UTF_8)).statusCode()).isBetween(400, 499);
    }

    @Test
    void bad_query_non_utf8_and_bad_query_syntax() {
        assertThat(post("application/sparql-query; charset=UTF-16", "ASK {}".getBytes(StandardCharsets.UTF_16)).statusCode()).isBetween(400, 499);
        assertThat(post("application/sparql-query", "ASK {}".getBytes(StandardCharsets.UTF_16)).statusCode()).isBetween(400, 499);
        assertThat(server.get("/sparql?query=" + q("ASK {")).statusCode()).isEqualTo(400);
    }
}
