package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.sparql.SparqlService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a cap of one running query, a second one is turned away with 503 instead of queueing forever. */
class SparqlConcurrencyTest {
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, new SparqlService.Limits(Duration.ofSeconds(4), 100, 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_query_beyond_the_concurrency_cap_gets_503_and_the_running_one_still_finishes() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> server.get("/sparql?query=" + encode(CROSS_JOIN)));
        // Give the slow query time to take the only slot (it holds it until its 4 s limit).
        Thread.sleep(700);
        HttpResponse<String> turnedAway = server.get("/sparql?query=" + encode("ASK {}"));
        assertThat(problemDetail(turnedAway, 503)).contains("Too many queries");
        assertThat(slow.get().statusCode()).isEqualTo(503);
        // The slot is free again.
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).isEqualTo(200);
    }
}
