package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server under a steady mixed load: eight readers for a minute (by default) over search,
 * entity pages, neighbourhoods, paths and SPARQL, while a writer keeps replacing one source by
 * one of two variants. Every answer must be a success and must show one committed state.
 *
 * <p>{@code -Dstudygraph.load.seconds=N}, {@code -Dstudygraph.load.clients=N} and
 * {@code -Dstudygraph.load.seed=N} change the run; the seed is printed, so a failure replays.
 */
@Tag("load")
class ServerLoadTest {
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("studygraph.load.seconds", 60));
    private static final int CLIENTS = Integer.getInteger("studygraph.load.clients", 8);
    private static final long SEED = Long.getLong("studygraph.load.seed", System.nanoTime());
    private static final String SOURCE = "load-list.md";
    private static final int KEPT_VIOLATIONS = 20;

    private final GeneratedList list = new GeneratedList("Loadstone", 30);
    private final LatencyReport report = new LatencyReport();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong violationCount = new AtomicLong();

    @Test
    void eight_clients_see_only_successes_and_whole_states_while_a_source_is_replaced(@TempDir Path dataDir) throws Exception {
        try (TestServer server = TestServer.start(dataDir)) {
            LoadClient.Expected expected = bothStates(server);
            AtomicLong imports = new AtomicLong();
            long deadline = System.nanoTime() + DURATION.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> running = new ArrayList<>();
            try {
                running.add(pool.submit(() -> write(server, deadline, imports)));
                for (int c = 0; c < CLIENTS; c++) {
                    LoadClient client = new LoadClient(server.uri("/"), expected, report, this::violation, SEED + c);
                    running.add(pool.submit(() -> { while (System.nanoTime() < deadline) client.step(); }));
                }
                for (Future<?> f : running) f.get(DURATION.toSeconds() + 120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            String table = report.table(String.format(java.util.Locale.ROOT,
                    "Load: %d clients for %d s (seed %d), %d imports of %s (%d/%d triples), %d consistency violations",
                    CLIENTS, DURATION.toSeconds(), SEED, imports.get(), SOURCE, expected.basicTriples(), expected.extendedTriples(),
                    violationCount.get()));
            LatencyReport.publish("load-report.txt", table);

            assertThat(report.messages()).as("errors").isEmpty();
            assertThat(violations).as("inconsistent answers").isEmpty();
            assertThat(imports.get()).as("imports while reading").isGreaterThanOrEqualTo(Math.min(10, DURATION.toSeconds()));
            assertThat(report.requests()).as("requests").isGreaterThan(CLIENTS * DURATION.toSeconds());
        }
    }

    /**
     * Imports each variant once before the load, to learn what the source holds in either state
     * (the store's own count, not a guess) and whom the first paper's first author is.
     */
    private LoadClient.Expected bothStates(TestServer server) {
        String graph = "https://w3id.org/studygraph/source/" + SOURCE;
        long extended = importVariant(server, true);
        JsonNode first = server.entity(list.paperIri(0));
        String author = first.get("authors").get(0).get("iri").asText();
        long basic = importVariant(server, false);
        assertThat(basic).isLessThan(extended);
        assertThat(sourceTriples(server, graph)).isEqualTo(basic);
        return new LoadClient.Expected(list, graph, basic, extended, author);
    }

    private long importVariant(TestServer server, boolean extended) {
        HttpResponse<String> response = server.importFile("name=" + SOURCE, "text/markdown", list.markdown(extended));
        assertThat(response.statusCode()).as("import: %s", response.body()).isEqualTo(200);
        JsonNode result = TestServer.json(response);
        assertThat(result.get("warnings")).as("warnings").isEmpty();
        return result.get("triples").asLong();
    }

    private static long sourceTriples(TestServer server, String graph) {
        HttpResponse<String> response = server.get("/sparql?query=" + TestServer.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"), "application/sparql-results+json");
        return TestServer.json(response).get("results").get("bindings").get(0).get("n").get("value").asLong();
    }

    /** The writer: the two variants in turn, each acknowledged with 200, until the deadline. */
    private void write(TestServer server, long deadline, AtomicLong imports) {
        boolean extended = true;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            HttpResponse<String> response = server.importFile("name=" + SOURCE, "text/markdown", list.markdown(extended));
            if (response.statusCode() == 200) report.ok("import", System.nanoTime() - start);
            else report.error("import", System.nanoTime() - start, response.statusCode() + ": " + response.body());
            imports.incrementAndGet();
            extended = !extended;
        }
    }

    private void violation(String message) {
        violationCount.incrementAndGet();
        if (violations.size() < KEPT_VIOLATIONS) violations.add(message);
    }
}
