package io.studygraph.web;

import static io.studygraph.web.TestServer.assertNoJavaInternals;
import static io.studygraph.web.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every response carries: the security headers (pages, JSON, static files, WebJars,
 * errors), and a problem+json body even for errors Jetty answers before Javalin sees the request.
 */
@Tag("security")
class ResponseHardeningTest {
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE);

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

    private static void assertHardened(HttpResponse<String> response) {
        String what = response.uri().getPath() + " (" + response.statusCode() + ")";
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as("CSP of %s", what).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    }

    @Test
    void pages_carry_the_headers_and_need_no_inline_script_or_style() {
        for (String page : new String[] {"/", "/index.html", "/entity.html", "/search.html", "/explore.html", "/path.html", "/sparql.html"}) {
            HttpResponse<String> response = server.get(page);
            assertThat(response.statusCode()).isEqualTo(200);
            assertHardened(response);
            assertThat(INLINE.matcher(response.body()).results().map(m -> m.group())).as("inline code in %s", page).isEmpty();
        }
        assertHardened(server.get("/id/paper/arxiv-2105.05233", "text/html"));
    }

    @Test
    void json_static_files_webjars_and_errors_carry_the_headers() {
        assertHardened(server.get("/api/overview"));
        assertHardened(server.get("/health"));
        assertHardened(server.get("/css/app.css"));
        assertHardened(server.get("/js/home.js"));
        assertHardened(server.get("/webjars/cytoscape/3.33.1/package.json"));
        assertHardened(server.get("/no-such-page"));
        assertHardened(server.get("/api/entity"));
        assertHardened(server.get("/sparql?query=ASK%7B%7D", "application/sparql-results+json"));
        assertHardened(server.post("/api/import?name=x.ttl", "text/turtle", "x"));
    }

    /** A problem from Jetty: status, title and a fixed detail; no request echoed, no internals. */
    private static void assertJettyProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertNoJavaInternals(response.body());
        assertThat(response.body()).doesNotContain("<html", "aaaaaaaaaa");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertHardened(response);
    }

    @Test
    void a_header_block_too_large_for_jetty_is_a_431_problem() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/health"))
                .header("X-Padding", "a".repeat(20_000)).GET().build());

        assertJettyProblem(response, 431);
        assertThat(json(response).get("detail").asText()).contains("headers");
    }

    @Test
    void a_uri_too_long_for_jetty_is_a_414_problem() {
        HttpResponse<String> response = server.get("/api/search?q=" + "a".repeat(20_000));

        assertJettyProblem(response, 414);
        assertThat(json(response).get("detail").asText()).contains("URI", "POST");
    }

    @Test
    void a_uri_jetty_cannot_decode_is_a_400_problem() {
        assertJettyProblem(server.get("/a%00b"), 400);
    }

    @Test
    void a_body_too_large_for_a_read_endpoint_is_a_413_that_states_the_limit() {
        HttpResponse<String> response = server.post("/sparql", "application/sparql-query", "#" + "a".repeat(1_100_000));

        assertThat(TestServer.problemDetail(response, 413)).contains("1000000 bytes");
    }
}
