package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studygraph.StudyGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The real thing for HTTP tests: StudyGraph over a TDB2 store in a temp dir (filled from the
 * bundle), served by Javalin on a free port, spoken to with {@link HttpClient}.
 */
public final class TestServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String ID = "https://w3id.org/studygraph/id/";

    private final StudyGraph sg;
    private final WebServer server;
    private final WriteToken token;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(StudyGraph sg, WebServer server, WriteToken token) {
        this.sg = sg;
        this.server = server;
        this.token = token;
    }

    public static TestServer start(Path dataDir) {
        return start(dataDir, io.studygraph.sparql.SparqlService.Limits.DEFAULT);
    }

    public static TestServer start(Path dataDir, io.studygraph.sparql.SparqlService.Limits limits) {
        return start(dataDir, limits, WebServer.Settings.DEFAULT_MAX_IMPORT_BYTES);
    }

    public static TestServer start(Path dataDir, io.studygraph.sparql.SparqlService.Limits limits, long maxImportBytes) {
        return start(StudyGraph.open(dataDir, limits), maxImportBytes);
    }

    /** A server over this StudyGraph (over a remote store, say), which it closes when closed. */
    public static TestServer start(StudyGraph sg) {
        return start(sg, WebServer.Settings.DEFAULT_MAX_IMPORT_BYTES);
    }

    private static TestServer start(StudyGraph sg, long maxImportBytes) {
        WriteToken token = WriteToken.random();
        try {
            return new TestServer(sg, WebServer.start(sg, new WebServer.Settings(WebServer.Settings.LOOPBACK, 0, token, maxImportBytes)), token);
        } catch (RuntimeException e) {
            sg.close();
            throw e;
        }
    }

    /** The write token this server was started with. */
    public String writeToken() {
        return token.value();
    }

    public StudyGraph studyGraph() {
        return sg;
    }

    /** GET with query parameters given as name, value, name, value...; values are URL-encoded here. */
    public HttpResponse<String> getWith(String path, String... params) {
        StringBuilder uri = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(encode(params[i + 1]));
        }
        return get(uri.toString());
    }

    /** {@link #getWith} that must answer 200 with JSON; the parsed body. */
    public JsonNode getJson(String path, String... params) {
        HttpResponse<String> response = getWith(path, params);
        assertThat(response.statusCode()).as("GET %s: %s", response.uri(), response.body()).isEqualTo(200);
        return json(response);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, null);
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (accept != null) request.header("Accept", accept);
        return send(request.build());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** POST /api/import?{query} as a trusted client does: with the write token, no browser headers. */
    public HttpResponse<String> importFile(String query, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri("/api/import?" + query)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + writeToken())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A JSON write ({@code POST}, {@code PUT}, {@code DELETE}) as a trusted client sends it: with the write token. */
    public HttpResponse<String> writeJson(String method, String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + writeToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** GET /api/entity for an IRI, expecting 200; the parsed view. */
    public JsonNode entity(String iri) {
        HttpResponse<String> response = get("/api/entity?iri=" + encode(iri));
        assertThat(response.statusCode()).as("GET /api/entity for %s: %s", iri, response.body()).isEqualTo(200);
        return json(response);
    }

    /** The triple count that GET /health reports. */
    public long triples() {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("triples").asLong();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /**
     * Checks that the response is an RFC 9457 problem with this status and a clear detail free of
     * Java internals, and returns the detail.
     */
    public static String problemDetail(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertNoJavaInternals(response.body());
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(response.uri().getPath());
        String detail = problem.get("detail").asText();
        assertThat(detail).isNotBlank();
        return detail;
    }

    public static void assertNoJavaInternals(String body) {
        assertThat(body).doesNotContain("at io.studygraph", "Exception", "at org.apache", "at io.javalin", ".java:");
    }

    /** One field of each element of a JSON array, in order (not searching deeper). */
    public static List<String> field(JsonNode array, String name) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.path(name).asText(null)));
        return values;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The IRIs of the targets of the relation with this label, in an entity view's incoming or outgoing list. */
    public static List<String> targetIris(JsonNode relations, String label) {
        for (JsonNode relation : relations) {
            if (relation.get("label").asText().equals(label)) {
                return field(relation.get("targets"), "iri");
            }
        }
        throw new AssertionError("No relation labelled '" + label + "' among " + relations.findValuesAsText("label"));
    }

    /** The 1-based line of a bundled data file on which {@code predicate} first holds. */
    public static int bundledLine(String file, java.util.function.Predicate<String> predicate) {
        try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream("studygraph/data/" + file)) {
            assertThat(in).as("bundled file %s", file).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) if (predicate.test(lines.get(i))) return i + 1;
            throw new AssertionError("No such line in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        sg.close();
    }
}
