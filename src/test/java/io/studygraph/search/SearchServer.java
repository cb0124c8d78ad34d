package io.studygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studygraph.StudyGraph;
import io.studygraph.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * StudyGraph over a TDB2 store and a Lucene index in a temp dir, served by Javalin on a free
 * port, spoken to with {@link HttpClient}: the search API as a browser reaches it.
 */
final class SearchServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StudyGraph sg;
    private final WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private SearchServer(StudyGraph sg, WebServer server) {
        this.sg = sg;
        this.server = server;
    }

    static SearchServer start(Path dataDir) {
        StudyGraph sg = StudyGraph.open(dataDir);
        return new SearchServer(sg, WebServer.start(sg, 0));
    }

    StudyGraph studyGraph() {
        return sg;
    }

    /** GET with the query parameters given as name, value, name, value...; values are URL-encoded here. */
    HttpResponse<String> get(String path, String... params) {
        StringBuilder uri = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(encode(params[i + 1]));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + uri)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    /** GET that must answer 200 with JSON; the parsed body. */
    JsonNode getJson(String path, String... params) {
        HttpResponse<String> response = get(path, params);
        assertThat(response.statusCode()).as("GET %s: %s", response.uri(), response.body()).isEqualTo(200);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Checks that the response is an RFC 9457 problem with this status, free of Java internals; its detail. */
    static String problemDetail(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at io.studygraph", "at org.apache", ".java:");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).isEqualTo(response.uri().getPath());
        return problem.get("detail").asText();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        sg.close();
    }
}
