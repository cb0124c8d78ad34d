package io.studygraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One reader of the load test: its own HTTP client, a seeded mix of requests, and for each answer
 * a check that it shows one committed state of the source the writer keeps replacing, either
 * the basic or the extended variant of {@link GeneratedList}, never a blend of the two.
 */
final class LoadClient {
    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final String SCHEMA = "https://schema.org/";
    /** The bundle's main paper: its page must answer however the imported source changes. */
    private static final String BUNDLED = GeneratedList.ID + "paper/arxiv-2105.05233";

    /** What the test knows before it starts: the source and its triple count in either state. */
    record Expected(GeneratedList list, String graph, long basicTriples, long extendedTriples, String firstAuthor) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Expected expected;
    private final LatencyReport report;
    private final Consumer<String> violation;
    private final Random random;

    LoadClient(URI base, Expected expected, LatencyReport report, Consumer<String> violation, long seed) {
        this.base = base;
        this.expected = expected;
        this.report = report;
        this.violation = violation;
        this.random = new Random(seed);
    }

    /** One request, chosen by weight, timed and checked. */
    void step() {
        int pick = random.nextInt(100);
        GeneratedList list = expected.list();
        if (pick < 18) search(list.word());
        else if (pick < 22) search("diffusion");
        else if (pick < 42) firstPaper();
        else if (pick < 46) call("entity", "/api/entity?iri=" + TestServer.encode(list.extraIri()), Set.of(200, 404), null);
        else if (pick < 50) call("entity", "/api/entity?iri=" + TestServer.encode(BUNDLED), Set.of(200), null);
        else if (pick < 58) call("graph", "/api/graph?depth=2&iri=" + TestServer.encode(list.paperIri(0)), Set.of(200), this::hasElements);
        else if (pick < 66) call("path", "/api/path?from=" + TestServer.encode(list.paperIri(0)) + "&to=" + TestServer.encode(expected.firstAuthor()),
                Set.of(200), null);
        else if (pick < 80) sourceCounts();
        else if (pick < 90) paperCount();
        else if (pick < 97) ask();
        else call("health", "/health", Set.of(200), null);
    }

    private void search(String q) {
        String path = "/api/search?kind=paper&limit=5&q=" + TestServer.encode(q);
        call("search", path, Set.of(200), body -> {
            long total = body.get("total").asLong();
            // The index commits once per import, so a search sees one variant whole as well.
            if (q.equals(expected.list().word()) && total != expected.list().papers() && total != expected.list().papers() + 1) {
                violation.accept("search '" + q + "' found " + total + " papers, neither variant's count");
            } else if (!q.equals(expected.list().word()) && total == 0) {
                violation.accept("search '" + q + "' found nothing");
            }
        });
    }

    /** The first paper's page: its author list and its author links must come from one state. */
    private void firstPaper() {
        call("entity", "/api/entity?iri=" + TestServer.encode(expected.list().paperIri(0)), Set.of(200), view -> {
            int listed = view.get("authors").size();
            int linked = 0;
            for (JsonNode relation : view.get("outgoing")) {
                if (relation.get("property").asText().equals(SCHEMA + "author")) linked = relation.get("targets").size();
            }
            List<String> sources = TestServer.field(view.get("provenance"), "graph");
            if (listed != linked || (listed != GeneratedList.authorsOfFirst(false) && listed != GeneratedList.authorsOfFirst(true))) {
                violation.accept("the first paper's page lists " + listed + " authors but links " + linked + ": two states in one page");
            }
            if (!sources.contains(expected.graph())) violation.accept("the first paper's page does not name its source: " + sources);
        });
    }

    /** The source's size, and whether the extra paper is in it, in one query: always one state. */
    private void sourceCounts() {
        String query = "SELECT ?n ?extra WHERE { { SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + expected.graph() + "> { ?s ?p ?o } } } "
                + "BIND(EXISTS { GRAPH <" + expected.graph() + "> { <" + expected.list().extraIri() + "> ?q ?v } } AS ?extra) }";
        sparql("sparql-select", query, results -> {
            JsonNode row = results.get("results").get("bindings").get(0);
            long n = row.get("n").get("value").asLong();
            boolean extra = row.get("extra").get("value").asBoolean();
            boolean basic = n == expected.basicTriples() && !extra;
            boolean extended = n == expected.extendedTriples() && extra;
            if (!basic && !extended) {
                violation.accept("the source holds " + n + " triples (extra paper: " + extra + "), expected " + expected.basicTriples()
                        + " without it or " + expected.extendedTriples() + " with it");
            }
        });
    }

    private void paperCount() {
        String query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH <" + expected.graph() + "> { ?p a schema:ScholarlyArticle } }";
        sparql("sparql-select", query, results -> {
            long n = results.get("results").get("bindings").get(0).get("n").get("value").asLong();
            if (n != expected.list().papers() && n != expected.list().papers() + 1) violation.accept("the source has " + n + " papers");
        });
    }

    private void ask() {
        String query = "ASK { GRAPH <" + expected.graph() + "> { <" + expected.list().paperIri(0) + "> schema:author <" + expected.firstAuthor() + "> } }";
        sparql("sparql-ask", query, results -> {
            if (!results.get("boolean").asBoolean()) violation.accept("ASK: the first paper lost its first author");
        });
    }

    private void sparql(String endpoint, String query, Consumer<JsonNode> check) {
        call(endpoint, "/sparql?query=" + TestServer.encode(query), Set.of(200), check, RESULTS_JSON);
    }

    private void hasElements(JsonNode graph) {
        if (!graph.toString().contains(expected.list().paperIri(0))) violation.accept("the neighbourhood does not hold its centre");
    }

    private void call(String endpoint, String pathAndQuery, Set<Integer> expectedStatus, Consumer<JsonNode> check) {
        call(endpoint, pathAndQuery, expectedStatus, check, "application/json");
    }

    /** Sends the request; a status outside {@code expectedStatus} or a failed connection is an error. */
    private void call(String endpoint, String pathAndQuery, Set<Integer> expectedStatus, Consumer<JsonNode> check, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            report.error(endpoint, System.nanoTime() - start, "no answer to " + pathAndQuery + ": " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long elapsed = System.nanoTime() - start;
        if (!expectedStatus.contains(response.statusCode())) {
            report.error(endpoint, elapsed, response.statusCode() + " for " + pathAndQuery + ": " + response.body());
            return;
        }
        report.ok(endpoint, elapsed);
        if (check != null && response.statusCode() == 200) check.accept(TestServer.json(response));
    }
}
