package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studygraph.web.GeneratedList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The crash test's view of one server process: sends the imports, watches the store during one,
 * and after a restart checks that store and index hold the same whole state of the source.
 */
final class CrashClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The source and its triple count in the basic and the extended variant, the triples of
     * everything else once the source is in (the bundle, the source's import report, the mentions
     * found in its titles), and of the bundle alone, known beforehand.
     */
    record Expected(GeneratedList list, String graph, long basicTriples, long extendedTriples, long otherTriples, long bundleTriples) {
        long triples(boolean extended) {
            return extended ? extendedTriples : basicTriples;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ServeProcess serve;
    private final String token;
    private final Expected expected;

    CrashClient(ServeProcess serve, String token, Expected expected) {
        this.serve = serve;
        this.token = token;
        this.expected = expected;
    }

    /** Sends one variant as an import; the future holds the status, or fails when the server dies first. */
    CompletableFuture<Integer> importAsync(boolean extended) {
        HttpRequest request = HttpRequest.newBuilder(serve.uri("/api/import?name=" + encode(sourceName())))
                .header("Content-Type", "text/markdown").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(expected.list().markdown(extended), StandardCharsets.UTF_8)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::statusCode);
    }

    /** Imports and waits for the 200; how long it took, in milliseconds. */
    long importAndWait(boolean extended, Duration timeout) {
        long start = System.nanoTime();
        try {
            assertThat(importAsync(extended).get(timeout.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError("The import did not succeed within " + timeout, e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Returns as soon as the store shows {@code extended}'s state (the import committed) or the
     * import was answered, whichever comes first; polled with as little delay as HTTP allows.
     */
    void awaitState(boolean extended, CompletableFuture<Integer> status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!status.isDone() && sourceTriples() != expected.triples(extended)) {
            if (System.nanoTime() > deadline) throw new AssertionError("The store did not change within " + timeout);
        }
    }

    /**
     * Checks the restarted server: it answers, the source holds exactly one variant (the one
     * acknowledged, when {@code mustBe} is set), and the index finds exactly the stored papers.
     * Returns whether the extended variant is stored.
     */
    boolean verify(Boolean mustBe) {
        HttpResponse<String> health = get("/health", "application/json");
        assertThat(health.statusCode()).as("/health: %s", health.body()).isEqualTo(200);
        long triples = sourceTriples();
        assertThat(triples).as("triples of the source: one variant whole, never part of one")
                .isIn(expected.basicTriples(), expected.extendedTriples());
        boolean extended = triples == expected.extendedTriples();
        if (mustBe != null) assertThat(extended).as("the acknowledged import is stored").isEqualTo(mustBe);
        // The importance scores are derived from every source, so they follow the variant stored.
        long scores = sparqlNumber(IMPORTANCE_TRIPLES);
        assertThat(json(health).get("triples").asLong() - triples - scores).as("triples outside the source and its scores: untouched")
                .isEqualTo(expected.otherTriples());

        long storedPapers = sparqlNumber("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH <" + expected.graph() + "> { ?p a schema:ScholarlyArticle } }");
        assertThat(storedPapers).isEqualTo(expected.list().papers() + (extended ? 1 : 0));
        JsonNode search = json(get("/api/search?kind=paper&limit=1&q=" + encode(expected.list().word()), "application/json"));
        assertThat(search.get("total").asLong()).as("papers the index finds, against the store's").isEqualTo(storedPapers);
        JsonNode extra = json(get("/api/search?kind=paper&limit=5&q=" + encode("\"" + expected.list().extraTitle() + "\""), "application/json"));
        assertThat(extra.get("hits").findValuesAsText("iri").contains(expected.list().extraIri()))
                .as("the index finds the extended variant's own paper iff the store has it").isEqualTo(extended);
        return extended;
    }

    /** After a killed first start: the server answers with the whole bundle, and its index finds it. */
    void verifyBundle() {
        HttpResponse<String> health = get("/health", "application/json");
        assertThat(json(health).get("triples").asLong()).as("triples after a killed first start: the whole bundle").isEqualTo(expected.bundleTriples());
        JsonNode search = json(get("/api/search?kind=paper&limit=1&q=diffusion", "application/json"));
        assertThat(search.get("total").asLong()).as("bundled papers the index finds").isPositive();
    }

    /** The triples of the importance graph, recomputed from every source after each import. */
    static final String IMPORTANCE_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + io.studygraph.graph.Vocab.IMPORTANCE_GRAPH + "> { ?s ?p ?o } }";

    private long sourceTriples() {
        return sparqlNumber("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + expected.graph() + "> { ?s ?p ?o } }");
    }

    private long sparqlNumber(String query) {
        HttpResponse<String> response = get("/sparql?query=" + encode(query), "application/sparql-results+json");
        assertThat(response.statusCode()).as("SPARQL: %s", response.body()).isEqualTo(200);
        return json(response).get("results").get("bindings").get(0).get("n").get("value").asLong();
    }

    private String sourceName() {
        return expected.graph().substring(expected.graph().lastIndexOf('/') + 1);
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest request = HttpRequest.newBuilder(serve.uri(pathAndQuery)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed: " + serve.output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
