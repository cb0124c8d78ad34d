package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.sparql.SparqlService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /sparql} as an attacker uses it: SERVICE hidden anywhere in a query, remote datasets,
 * queries nested to overflow the stack, malformed headers and bodies. Each answer is a clear
 * problem, and nothing leaves the server: a local listener counts every connection attempt.
 */
@Tag("security")
class SparqlSecurityTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @TempDir static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, new SparqlService.Limits(LIMIT, 100, 2));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** POSTed as a body: some of these queries are far longer than a URL may be. */
    private static HttpResponse<String> query(String sparql) {
        return server.post("/sparql", "application/sparql-query", sparql);
    }

    @ParameterizedTest(name = "SERVICE {0}")
    @CsvSource(delimiter = '|', value = {
            "inside a sub-select | SELECT * WHERE { { SELECT ?s WHERE { SERVICE <%s> { ?s ?p ?o } } } }",
            "inside EXISTS | SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
            "inside NOT EXISTS | SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { ?s ?p ?x } } }",
            "in a BIND | SELECT * WHERE { ?s ?p ?o BIND(EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?b) }",
            "in a SELECT expression | SELECT ?s (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?b) WHERE { ?s ?p ?o }",
            "in HAVING | SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <%s> { ?s ?p ?o } })",
            "in ORDER BY | SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> { ?s ?p ?o } })",
            "in GROUP BY | SELECT ?b WHERE { ?s ?p ?o } GROUP BY (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?b)",
            "inside OPTIONAL, inside a sub-select, in ORDER BY | ASK { ?s ?p ?o OPTIONAL { SELECT ?s WHERE { ?s ?p ?o } "
                    + "ORDER BY (NOT EXISTS { ?s ?p ?x FILTER(EXISTS { SERVICE SILENT <%s> { ?x ?y ?z } }) }) } }",
            "inside MINUS | CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o MINUS { ?s ?p ?x FILTER NOT EXISTS { service <%s> { ?x ?y ?z } } } }",
    })
    void service_anywhere_is_refused_with_its_place_and_nothing_is_fetched(String place, String template) throws Exception {
        try (ConnectionRecorder listener = new ConnectionRecorder()) {
            String sparql = template.formatted(listener.url("/sparql"));
            int column = sparql.toUpperCase().indexOf("SERVICE") + 1;

            String detail = problemDetail(query(sparql), 400);

            assertThat(detail).contains("SERVICE is not allowed", place, "line 1, column " + column);
            assertThat(listener.connections()).as("connections to the listener").isZero();
        }
    }

    @Test
    void the_execution_context_forbids_service_even_where_no_check_looked() throws Exception {
        // Straight to the store, past the endpoint's checks: the execution context alone must hold.
        try (ConnectionRecorder listener = new ConnectionRecorder()) {
            var query = QueryFactory.create("SELECT * WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }");

            assertThatThrownBy(() -> server.studyGraph().store().query(query, qe -> qe.execSelect().hasNext()))
                    .hasMessageContaining("SERVICE");
            assertThat(listener.connections()).isZero();
        }
    }

    @Test
    void remote_datasets_in_from_and_protocol_parameters_are_never_fetched() throws Exception {
        try (ConnectionRecorder listener = new ConnectionRecorder()) {
            String remote = listener.url("/data.ttl");
            HttpResponse<String> from = query("SELECT * FROM <" + remote + "> WHERE { ?s ?p ?o }");
            HttpResponse<String> named = query("SELECT * FROM NAMED <" + remote + "> WHERE { GRAPH ?g { ?s ?p ?o } }");
            HttpResponse<String> params = server.get("/sparql?default-graph-uri=" + encode(remote) + "&named-graph-uri="
                    + encode(remote) + "&query=" + encode("SELECT * WHERE { ?s ?p ?o }"));

            for (HttpResponse<String> r : java.util.List.of(from, named, params)) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(json(r).at("/results/bindings")).as("a graph nobody stored is empty").isEmpty();
            }
            assertThat(listener.connections()).isZero();
        }
    }

    @Test
    void two_thousand_optionals_are_refused_at_once_with_the_depth_limit() {
        String sparql = "SELECT * WHERE { ?s ?p ?o " + IntStream.range(0, 2000)
                .mapToObj(i -> "OPTIONAL { ?s ?p ?o" + i + " } ").collect(Collectors.joining()) + "}";
        long start = System.nanoTime();

        String detail = problemDetail(query(sparql), 400);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LIMIT);
        assertThat(detail).contains("more than 200 levels deep", "the limit is 200");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "braces | SELECT * WHERE %s",
            "parentheses | SELECT * WHERE { ?s ?p ?o FILTER %s }",
            "brackets | SELECT * WHERE { ?s ?p %s }",
    })
    void deep_brackets_are_refused_before_parsing_naming_where_and_the_limit(String kind, String template) {
        String open = kind.equals("braces") ? "{" : kind.equals("parentheses") ? "(" : "[ <urn:p> ";
        String close = kind.equals("braces") ? "}" : kind.equals("parentheses") ? ")" : " ]";
        String inner = kind.equals("braces") ? "" : kind.equals("parentheses") ? "1" : "1";
        String sparql = template.formatted(open.repeat(5000) + inner + close.repeat(5000));

        String detail = problemDetail(query(sparql), 400);

        assertThat(detail).contains("more than 100 levels deep", "the limit is 100", "line 1, column");
    }

    @Test
    void a_thousand_nested_groups_are_a_400() {
        assertThat(problemDetail(query("SELECT * WHERE " + "{".repeat(1000) + "}".repeat(1000)), 400)).contains("100");
    }

    @Test
    void a_long_chain_of_operators_is_refused_by_its_depth() {
        String chain = IntStream.range(0, 20_000).mapToObj(i -> "?o = " + i).collect(Collectors.joining(" || "));

        String detail = problemDetail(query("SELECT * WHERE { ?s ?p ?o FILTER(" + chain + ") }"), 400);

        assertThat(detail).contains("more than 200 levels deep");
    }

    @Test
    void a_query_within_the_depth_limits_still_runs() {
        String optionals = IntStream.range(0, 150).mapToObj(i -> "OPTIONAL { ?s <urn:p" + i + "> ?o" + i + " } ")
                .collect(Collectors.joining());
        String braces = "{".repeat(90) + " ?s ?p ?o " + "}".repeat(90);
        // Near every limit at once: the deepest a query may be must still evaluate without overflowing.
        String chain = IntStream.range(0, 100).mapToObj(i -> "?o = " + i).collect(Collectors.joining(" || "));
        String deepest = "{".repeat(90) + " ?s a schema:ScholarlyArticle " + optionals + " FILTER(" + chain + " || true) " + "}".repeat(90);

        assertThat(query("SELECT * WHERE { ?s a schema:ScholarlyArticle " + optionals + "} LIMIT 1").statusCode()).isEqualTo(200);
        assertThat(query("SELECT * WHERE " + braces + " LIMIT 1").statusCode()).isEqualTo(200);
        HttpResponse<String> all = query("SELECT * WHERE " + deepest + " LIMIT 1");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {";;;,,,", ";", ",", "q=1", ";q=0.5, ,"})
    void an_unparsable_accept_header_is_read_as_any_type(String accept) {
        HttpResponse<String> r = server.get("/sparql?query=" + encode("ASK {}"), accept);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "without a boundary | multipart/form-data | --b\\r\\nContent-Disposition: form-data; name=\"query\"\\r\\n\\r\\nASK {}\\r\\n--b--\\r\\n",
            "with a broken body | multipart/form-data; boundary=b | not multipart at all",
    })
    void a_multipart_post_is_a_415_that_names_the_types_accepted(String kind, String type, String body) {
        String detail = problemDetail(server.post("/sparql", type, body.translateEscapes()), 415);

        assertThat(detail).contains("application/sparql-query", "multipart/form-data");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a stray control character | SELECT * WHERE { ?s ?p ?o \u0001 } | line 1, column 27: unexpected character U+0001",
            "a bad regular expression | ASK { FILTER(REGEX(\"a\", \"(\")) } | bad regular expression: Unclosed group",
            "a misplaced SELECT * | SELECT * WHERE { ?s ?p ?o } GROUP BY ?s | in the query as a whole",
    })
    void a_parse_error_says_what_and_where_without_java_names(String kind, String sparql, String expected) {
        assertThat(problemDetail(query(sparql), 400)).contains(expected);
    }

    @Test
    void relative_iris_resolve_against_the_placeholder_base_not_a_server_path() {
        HttpResponse<String> select = query("SELECT ?i WHERE { BIND(<relative/x> AS ?i) }");
        HttpResponse<String> construct = server.send(HttpRequest.newBuilder(server.uri("/sparql?query="
                + encode("CONSTRUCT { <a> <b> <c> } WHERE {}"))).header("Accept", "application/n-triples").build());
        String cwd = Path.of("").toAbsolutePath().toString();

        assertThat(json(select).at("/results/bindings/0/i/value").asText()).isEqualTo(SparqlService.BASE + "relative/x");
        assertThat(construct.body()).contains("<" + SparqlService.BASE + "a>");
        assertThat(select.body() + construct.body()).doesNotContain("file:", cwd);
    }
}
