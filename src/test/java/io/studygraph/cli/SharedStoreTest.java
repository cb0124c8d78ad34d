package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code studygraph serve} processes on one Fuseki, as a department runs them: the first seeds
 * the empty store, an import through one is found by search through the other within the
 * documented delay (docs/remote-store.md: the follow interval plus the indexing), and a Fuseki
 * that goes away gives clear 503s, not hung requests, until it is back, without a restart.
 */
@Tag("store")
class SharedStoreTest {
    private static final String TOKEN = "shared-store-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the docs promise: a write through one instance is searchable through another after the follow interval and its indexing. */
    private static final Duration FOLLOW_DELAY = Duration.ofSeconds(15);

    @TempDir Path dir;
    private DatasetGraph dataset;
    private FusekiServer fuseki;
    private int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startFuseki() {
        dataset = TDB2Factory.connectDataset(dir.resolve("fuseki-tdb").toString()).asDatasetGraph();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/studygraph", dataset).build().start();
        port = fuseki.getPort();
    }

    @AfterEach
    void stopFuseki() {
        if (fuseki != null) fuseki.stop();
    }

    private List<String> remote() {
        return List.of("--store", "sparql", "--endpoint", "http://localhost:" + port + "/studygraph",
                "--union-graph", "urn:x-arq:UnionGraph", "--follow-every", "1");
    }

    @Test
    void an_import_through_one_instance_is_found_through_the_other_and_a_fuseki_outage_is_a_503_until_it_returns() throws Exception {
        try (ServeProcess a = ServeProcess.start(dir.resolve("a"), TOKEN, Duration.ofSeconds(120), remote());
             ServeProcess b = ServeProcess.start(dir.resolve("b"), TOKEN, Duration.ofSeconds(120), remote())) {
            // The first start seeded the store; the second found it seeded and indexed it.
            assertThat(total(b, "denoising diffusion")).isPositive();
            assertThat(get(a, "/health").statusCode()).isEqualTo(200);

            HttpResponse<String> imported = client.send(HttpRequest.newBuilder(a.uri("/api/import?name=shared.md"))
                    .header("Content-Type", "text/markdown").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            # Shared reading
                            * "Quokka Sampling for Marsupial Diffusion" by Zed Quokkason (2025)
                              https://arxiv.org/abs/2501.99999
                            """, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(total(a, "quokka")).isEqualTo(1);

            long start = System.nanoTime();
            while (total(b, "quokka") == 0) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("b finds the import within the documented delay: " + b.output())
                        .isLessThan(FOLLOW_DELAY);
                Thread.sleep(200);
            }
            // The page reads the shared store, so b shows what a wrote.
            String paper = "https://w3id.org/studygraph/id/paper/arxiv-2501.99999";
            String page = get(b, "/api/entity?iri=" + encode(paper)).body();
            assertThat(JSON.readTree(page).path("label").asText()).as(page + b.output()).isEqualTo("Quokka Sampling for Marsupial Diffusion");

            fuseki.stop();
            fuseki = null;
            long asked = System.nanoTime();
            HttpResponse<String> down = get(b, "/api/entity?iri=" + encode(paper));
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("a clear answer, not a hung request").isLessThan(Duration.ofSeconds(10));
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode problem = JSON.readTree(down.body());
            assertThat(problem.path("title").asText()).isEqualTo("Graph store unavailable");
            assertThat(problem.path("detail").asText()).contains("localhost:" + port).doesNotContain("Exception");
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            assertThat(get(b, "/health").statusCode()).isEqualTo(503);
            // Search is this instance's own index: it still answers.
            assertThat(total(b, "quokka")).isEqualTo(1);

            fuseki = FusekiServer.create().loopback(true).port(port).add("/studygraph", dataset).build().start();
            long back = System.nanoTime();
            while (get(b, "/api/entity?iri=" + encode(paper)).statusCode() != 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - back)).as("answers again without a restart").isLessThan(Duration.ofSeconds(15));
                Thread.sleep(200);
            }
            assertThat(get(a, "/health").statusCode()).isEqualTo(200);
        }
    }

    private long total(ServeProcess serve, String q) throws Exception {
        HttpResponse<String> response = get(serve, "/api/search?q=" + encode(q));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("total").asLong();
    }

    private HttpResponse<String> get(ServeProcess serve, String pathAndQuery) throws Exception {
        URI uri = serve.uri(pathAndQuery);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
