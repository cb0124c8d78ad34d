package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.sparql.SparqlService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admission under load: heavy queries beyond the cap wait briefly, then get 503 instead of
 * queueing forever; cheap queries (ASK {}, a lookup of one entity) have their own lane and run
 * while heavy ones hold every slot.
 */
@Tag("security")
class SparqlConcurrencyTest {
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String LOOKUP = "SELECT ?p ?o WHERE { <" + TestServer.ID + "paper/arxiv-2105.05233> ?p ?o } LIMIT 20";
    private static final Duration LIMIT = Duration.ofSeconds(4);

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, new SparqlService.Limits(LIMIT, 100, 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CompletableFuture<HttpResponse<String>> async(String sparql) {
        return CompletableFuture.supplyAsync(() -> server.get("/sparql?query=" + encode(sparql)));
    }

    @Test
    void a_heavy_query_beyond_the_cap_waits_briefly_then_gets_503_while_cheap_ones_still_run() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = async(CROSS_JOIN);
        // Give the slow query time to take the only heavy slot (it holds it until its 4 s limit).
        Thread.sleep(700);
        long start = System.nanoTime();
        HttpResponse<String> turnedAway = server.get("/sparql?query=" + encode(CROSS_JOIN + " LIMIT 1"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(problemDetail(turnedAway, 503)).contains("Too many heavy queries", "waited 1000 ms");
        assertThat(waited).isLessThan(LIMIT);
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).isEqualTo(200);
        assertThat(server.get("/sparql?query=" + encode(LOOKUP)).statusCode()).isEqualTo(200);
        assertThat(problemDetail(slow.get(), 503)).contains("time limit");
    }

    @Test
    void under_twenty_heavy_queries_every_cheap_query_answers() {
        List<CompletableFuture<HttpResponse<String>>> heavy = IntStream.range(0, 20).mapToObj(i -> async(CROSS_JOIN)).toList();
        List<CompletableFuture<HttpResponse<String>>> cheap = IntStream.range(0, 8)
                .mapToObj(i -> async(i % 2 == 0 ? "ASK {}" : LOOKUP)).toList();

        List<Integer> cheapStatus = cheap.stream().map(f -> f.join().statusCode()).toList();
        List<Integer> heavyStatus = heavy.stream().map(f -> f.join().statusCode()).toList();

        assertThat(cheapStatus).containsOnly(200);
        assertThat(heavyStatus).as("heavy queries end in a time limit or a busy answer, never an error").containsOnly(503);
    }
}
