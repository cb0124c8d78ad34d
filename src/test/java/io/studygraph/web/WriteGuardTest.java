package io.studygraph.web;

import static io.studygraph.web.TestServer.ID;
import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.ingest.Bundle;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/import} as an attacker tries it: without the token, with a wrong one, from a
 * page on another site, as an HTML form would send it, over a bundled source. Each refusal is a
 * problem and leaves the store as it was.
 */
@Tag("security")
class WriteGuardTest {
    private static final String PAPER = "@prefix schema: <https://schema.org/> .\n<" + ID + "paper/test-guarded> a schema:ScholarlyArticle ;\n"
            + "    schema:name \"A Guarded Paper\" .\n";

    @TempDir static Path dataDir;
    @TempDir static Path smallDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** An import of {@link #PAPER} with the given headers (name, value, ...), nothing else added. */
    private static HttpResponse<String> write(String query, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/import?" + query))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return server.send(request.build());
    }

    private static String bearer() {
        return "Bearer " + server.writeToken();
    }

    private static void assertNotImported() {
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-guarded")), 404);
    }

    @Test
    void a_write_without_the_token_is_a_401_and_changes_nothing() {
        long before = server.triples();

        HttpResponse<String> response = write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle");

        assertThat(problemDetail(response, 401)).contains("write token", "Authorization: Bearer");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(server.triples()).isEqualTo(before);
        assertNotImported();
    }

    @Test
    void a_wrong_token_is_a_401_and_changes_nothing() {
        long before = server.triples();

        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle",
                "Authorization", "Bearer " + server.writeToken().substring(1) + "x"), 401)).contains("wrong");
        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle",
                "Authorization", "Basic " + server.writeToken()), 401)).contains("Bearer");

        assertThat(server.triples()).isEqualTo(before);
        assertNotImported();
    }

    @Test
    void another_origin_cannot_write_even_with_the_token() {
        long before = server.triples();

        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle", "Authorization", bearer(),
                "Origin", "https://evil.example"), 403)).contains("another origin", "https://evil.example");
        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle", "Authorization", bearer(),
                "Origin", "null"), 403)).contains("another origin");
        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", "text/turtle", "Authorization", bearer(),
                "Sec-Fetch-Site", "cross-site"), 403)).contains("other sites");

        assertThat(server.triples()).isEqualTo(before);
        assertNotImported();
    }

    @Test
    void bodies_an_html_form_can_send_are_a_415_and_change_nothing() {
        long before = server.triples();

        for (String type : new String[] {"text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Content-Type", type, "Authorization", bearer()), 415))
                    .as(type).contains("is not accepted", "text/turtle", "text/markdown", "application/x-bibtex");
        }
        assertThat(problemDetail(write("name=guarded.ttl", PAPER, "Authorization", bearer()), 415)).contains("no Content-Type");

        assertThat(server.triples()).isEqualTo(before);
        assertNotImported();
    }

    @Test
    void a_bundled_source_is_replaced_only_when_asked_for_explicitly() {
        long before = server.triples();
        String enrichment = Bundle.data().get("enrichment.ttl");

        for (String bundled : new String[] {"reading-list.md", "enrichment.ttl", "studygraph.ttl"}) {
            assertThat(problemDetail(write("name=" + bundled, PAPER, "Content-Type", "text/turtle", "Authorization", bearer()), 409))
                    .contains("'" + bundled + "'", "bundled", "replace=bundled");
        }
        assertThat(server.triples()).isEqualTo(before);

        HttpResponse<String> replaced = write("name=enrichment.ttl&replace=bundled", enrichment, "Content-Type", "text/turtle",
                "Authorization", bearer());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(server.triples()).isEqualTo(before);
    }

    @Test
    void the_token_from_the_same_origin_writes_and_the_same_origin_alone_does_not() {
        String own = "http://" + server.uri("/").getAuthority();
        String paper = PAPER.replace("test-guarded", "test-same-origin");
        problemDetail(write("name=same-origin.ttl", paper, "Content-Type", "text/turtle", "Origin", own, "Sec-Fetch-Site", "same-origin"), 401);
        problemDetail(server.get("/api/entity?iri=" + encode(ID + "paper/test-same-origin")), 404);

        HttpResponse<String> response = write("name=same-origin.ttl", paper, "Content-Type", "text/turtle; charset=utf-8",
                "Authorization", bearer(), "Origin", own, "Sec-Fetch-Site", "same-origin");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // No CORS on writes: another origin's script may not even read the answer.
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/import?name=x.ttl")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build())
                .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.entity(ID + "paper/test-same-origin").get("label").asText()).isEqualTo("A Guarded Paper");
    }

    @Test
    void an_import_past_the_limit_is_a_413_that_states_the_limit_and_changes_nothing() {
        try (TestServer small = TestServer.start(smallDir, io.studygraph.sparql.SparqlService.Limits.DEFAULT, 1000)) {
            long before = small.triples();
            String big = PAPER + "# " + "x".repeat(2000) + "\n";

            String detail = problemDetail(small.importFile("name=big.ttl", "text/turtle", big), 413);

            assertThat(detail).contains("1000 bytes", "--max-import-bytes");
            assertThat(small.triples()).isEqualTo(before);
            assertThat(small.importFile("name=small.ttl", "text/turtle", PAPER).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_default_limit_is_the_documented_20_mb_not_javalins_million_bytes() {
        long before = server.triples();
        String twoMegabytes = PAPER.replace("test-guarded", "test-two-mb") + "# " + "x".repeat(2_000_000) + "\n";

        HttpResponse<String> response = server.importFile("name=two-mb.ttl", "text/turtle", twoMegabytes);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.triples()).isGreaterThan(before);
    }
}
