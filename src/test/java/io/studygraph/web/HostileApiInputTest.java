package io.studygraph.web;

import static io.studygraph.web.TestServer.ID;
import static io.studygraph.web.TestServer.assertNoJavaInternals;
import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read parameter of the JSON API and of {@code /id/…} (search's own are in
 * HostileSearchInputTest) fed what an attacker sends: SPARQL and Lucene syntax, quotes, NUL and
 * newlines, path traversal, 10 KB values, lone surrogates, numbers that are not numbers. Each
 * answer is a 200 with JSON or a 4xx problem naming the parameter; never a 500, a stack trace, a
 * server path or a file's content. Pins: user text reaches queries only as bound nodes (the store's
 * fingerprint is unchanged after the whole batch), parameter checks at the edge, problem+json
 * mapping with no internals.
 */
@Tag("security")
class HostileApiInputTest {
    private static final String PAPER = ID + "paper/arxiv-2105.05233";
    private static final String PERSON = ID + "person/jonathan-ho";

    /** What each value is → how it travels in the query string (already percent-encoded). */
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        for (String value : List.of("> } UNION { ?s ?p ?o } #", PAPER + "> } UNION { ?s ?p ?o } #", "\" } ; DROP ALL ; #",
                "' OR ''='", "urn:x'", "a\"b'c", "a\u0000b", "\u0000", "line\nbreak\r\n", "*:*", "label:* OR iri:*",
                "+-&&||!(){}[]^\"~*?:\\/", "[* TO *]", "../../etc/passwd", "file:///etc/passwd", "../../pom.xml",
                "..\\..\\pom.xml", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "%2e%2e%2f",
                "-1", "0", "99999999999999999999", "1e3", "NaN", "0x10", "５", "2 OR 1=1", "", " ")) {
            HOSTILE.put(value.replace("\u0000", "\\0").replace("\n", "\\n").replace("\r", "\\r"), encode(value));
        }
        // Sent raw: the server must decode these itself (URLEncoder would have replaced the surrogate).
        HOSTILE.put("raw lone high surrogate", "%ED%A0%80");
        HOSTILE.put("raw lone low surrogate in an IRI", "https://w3id.org/studygraph/id/paper/%ED%B0%80");
        HOSTILE.put("raw double-encoded ../", "%252e%252e%252f");
        HOSTILE.put("raw ..%5c", "..%5c..%5cpom.xml");
        HOSTILE.put("raw broken UTF-8", "%C0%AF%FF");
        // Long, but inside the URI Jetty reads, so the endpoint itself must cope (10 KB: see below).
        HOSTILE.put("2 KB of SPARQL", encode("} UNION { ?s ?p ?o } ".repeat(100)));
    }

    @TempDir static Path dataDir;
    private static TestServer server;
    private static String before;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        before = StoreDump.sha256(server.studyGraph().store());
        assertThat(before).doesNotStartWith("0 quads");
    }

    @AfterAll
    static void stop() {
        try {
            // The whole batch ran against one store: not a quad may have changed.
            assertThat(StoreDump.sha256(server.studyGraph().store())).as("store after every hostile request").isEqualTo(before);
        } finally {
            server.close();
        }
    }

    /** Each endpoint, the parameter under attack, and the valid parameters sent beside it. */
    static Stream<Arguments> parameters() {
        String paper = "iri=" + encode(PAPER);
        String path = "from=" + encode(PAPER) + "&to=" + encode(PERSON);
        List<Arguments> out = new ArrayList<>();
        String[][] targets = {
                {"/api/entity", "iri", ""}, {"/api/labels", "iri", ""}, {"/api/connections", "iri", ""},
                {"/api/cite", "iri", "style=apa"}, {"/api/cite", "style", paper},
                {"/api/graph", "iri", ""}, {"/api/graph", "depth", paper}, {"/api/graph", "limit", paper},
                {"/api/graph", "kinds", paper}, {"/api/graph", "relations", paper},
                {"/api/path", "from", "to=" + encode(PERSON)}, {"/api/path", "to", "from=" + encode(PAPER)},
                {"/api/path", "max", path}, {"/api/path", "k", path}, {"/api/path", "excludeKinds", path},
                {"/api/path", "excludeRelations", path}, {"/api/suggest", "q", ""}, {"/api/suggest", "kind", "q=diff"},
                {"/api/suggest", "limit", "q=diff"}};
        for (String[] target : targets) {
            HOSTILE.forEach((what, raw) -> out.add(Arguments.of(target[0], target[1], target[2], what, raw)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}={3}")
    @MethodSource("parameters")
    void a_hostile_parameter_is_answered_with_json_or_a_problem_naming_it(String path, String name, String others, String what, String raw) {
        HttpResponse<String> response = server.get(path + "?" + (others.isEmpty() ? "" : others + "&") + name + "=" + raw);

        assertSafe(response);
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            json(response);
        } else {
            assertThat(response.statusCode()).as("%s %s=%s: %s", path, name, what, response.body()).isBetween(400, 499);
            assertThat(problemDetail(response, response.statusCode())).as("detail for %s=%s", name, what).contains("'" + name + "'");
        }
    }

    @ParameterizedTest(name = "/id/{0}")
    @MethodSource("linkedDataPaths")
    void a_hostile_linked_data_path_is_a_4xx_problem(String raw) {
        HttpResponse<String> response = server.get("/id/" + raw, "text/turtle");

        assertSafe(response);
        assertThat(response.statusCode()).as("/id/%s: %s", raw, response.body()).isBetween(400, 499);
        problem(response);
    }

    static Stream<String> linkedDataPaths() {
        Stream<String> keys = HOSTILE.values().stream().filter(raw -> !raw.isEmpty() && !raw.equals("+")).map(raw -> "paper/" + raw);
        return Stream.concat(keys, Stream.of("paper/..", "..%2f..%2fpom.xml/x", "%2e%2e/%2e%2e", "paper/arxiv-2105.05233%00",
                "Paper/arxiv-2105.05233", "paper/" + "k".repeat(6000), "%ED%A0%80/x", "paper/arxiv-2105.05233;jsessionid=x"));
    }

    @Test
    void ten_kilobyte_values_are_refused_with_a_problem_whether_in_the_uri_or_a_form_body() {
        String tenKb = "} UNION { ?s ?p ?o } ".repeat(500);

        // Past the URI limit, Jetty answers before routing: still a problem, never the request echoed.
        HttpResponse<String> inUri = server.getWith("/api/graph", "iri", PAPER, "kinds", tenKb);
        assertSafe(inUri);
        assertThat(inUri.statusCode()).isEqualTo(414);
        assertThat(problem(inUri)).contains("URI").doesNotContain("UNION");
        // Jetty drops the connection after it; saying so lets the client's next request (a POST, not retried) go through.
        assertThat(inUri.headers().firstValue("Connection")).hasValue("close");
        HttpResponse<String> inBody = server.post("/api/labels", "application/x-www-form-urlencoded", "iri=" + encode(tenKb));
        assertSafe(inBody);
        assertThat(problemDetail(inBody, 400)).contains("'iri'").hasSizeLessThan(400);
    }

    /**
     * Static files come from web/ and the WebJars only. Pins Jetty's URI checks (".." past the
     * root, encoded dots and separators are refused before any file is looked up) and the static
     * handler's classpath root: the bundled data, the classes and the build file sit beside web/.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/css/../../pom.xml", "/js/%2e%2e/%2e%2e/pom.xml", "/webjars/../..",
            "/webjars/../../pom.xml", "/css/..%2f..%2fpom.xml", "/css/../../data/reading-list.md", "/%2e%2e/data/reading-list.md",
            "/webjars/cytoscape/3.33.1/../../../../studygraph/data/reading-list.md", "/css/..;/..;/pom.xml", "/css/%252e%252e/x",
            "/..%5c..%5cpom.xml", "/css/..%5c..%5cdata%5creading-list.md", "/studygraph/data/reading-list.md",
            "/io/studygraph/StudyGraph.class", "/webjars/", "/META-INF/MANIFEST.MF", "/webjars/../META-INF/MANIFEST.MF",
            "/css/.%2e/.%2e/pom.xml", "/js/%2E%2E%2F%2E%2E%2Fpom.xml", "/webjars/cytoscape/3.33.1/%2e%2e/%2e%2e/%2e%2e/%2e%2e/pom.xml"})
    void a_static_path_out_of_web_serves_nothing(String raw) {
        HttpResponse<String> response = server.get(raw);

        assertSafe(response);
        assertThat(response.statusCode()).as("%s: %s", raw, abbreviate(response.body())).isIn(400, 404);
        problem(response);
        assertThat(response.body()).doesNotContain("# References", "studygraph.ttl", "Manifest-Version");
    }

    @Test
    void the_static_files_that_are_meant_to_be_served_still_are() {
        // The control for the test above: the same handler does serve web/ and the WebJars.
        assertThat(server.get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(server.get("/webjars/cytoscape/3.33.1/package.json").body()).contains("\"name\"", "cytoscape");
    }

    @Test
    void a_real_entity_with_hostile_neighbours_of_parameters_still_answers() {
        // The same endpoints stay useful: hostile values in one request do not poison the next.
        assertThat(server.entity(PAPER).get("label").asText()).contains("Diffusion Models Beat GANs");
        assertThat(server.getJson("/api/path", "from", PAPER, "to", PERSON).toString()).contains(PERSON);
    }

    /** Nothing a server keeps to itself: no 5xx, no Java internals, no path of its own, no file from outside web/. */
    static void assertSafe(HttpResponse<String> response) {
        String body = response.body();
        assertThat(response.statusCode()).as("%s: %s", response.uri(), abbreviate(body)).isLessThan(500);
        assertNoJavaInternals(body);
        assertThat(body).doesNotContain(Path.of("").toAbsolutePath().toString(), dataDir.toString(),
                "root:x:0:0", "<modelVersion>", "<artifactId>");
    }

    /**
     * The detail of a problem+json answer. Unlike {@link TestServer#problemDetail} it does not ask
     * for an {@code instance}: Jetty's own errors (a URI it will not decode) are answered before
     * routing, and a path's instance is its raw, still-encoded form.
     */
    private static String problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem.get("detail").asText();
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
