package io.studygraph.search;

import static io.studygraph.web.TestServer.assertNoJavaInternals;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/search}, {@code /api/suggest} and {@code sg:search} fed what an attacker (or a
 * stray paste) sends: Lucene and SPARQL syntax, text analysis reduces to nothing, NUL, broken
 * UTF-8, numbers out of range. Each answer is a 200 with a bounded, sensible result or a 400
 * problem naming what was wrong; never a 500, never every entity.
 */
@Tag("security")
class HostileSearchInputTest {
    @TempDir static Path dataDir;
    private static TestServer server;
    private static long everything;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        everything = server.getJson("/api/search", "q", "*").get("total").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"日本語", "ß", "Ω", "%00", "\u0000", "ab", "zq", "?s", "中文 Ωμέγα", "!!!", "the", "the of a", "d ß 00"})
    void a_query_analysis_reduces_to_nothing_finds_nothing_rather_than_everything(String q) {
        JsonNode result = server.getJson("/api/search", "q", q);

        assertThat(result.get("total").asLong()).as("total for %s", q).isZero();
        assertThat(result.get("hits")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the of a   | common words
            `!!! ...`  | no letters or digits
            *:*        | no letters or digits
            """)
    void a_query_with_nothing_to_search_for_says_why(String q, String why) {
        JsonNode result = server.getJson("/api/search", "q", q);

        assertThat(result.get("total").asLong()).isZero();
        assertThat(result.get("note").asText()).contains(why);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"*:*", "label:*", "iri:*", "kind:paper", "field:value", "+-&&||!(){}[]^\"~*?:\\/", "\") } UNION { ?s ?p ?o",
            "\" . } ; DROP ALL ; #", "?s ?p ?o", "*:* OR diffusion", "a:b c:d", "[* TO *]", "{!lucene}*:*", "\\u0000", "^~*?",
            "diff\u0000usion", "\u0000*", "a*:*", "%2A%3A%2A", "' OR ''='", "<https://example.org/x>"})
    void lucene_and_sparql_syntax_is_text_and_never_matches_every_entity(String q) {
        HttpResponse<String> search = server.getWith("/api/search", "q", q, "limit", "100");
        HttpResponse<String> suggest = server.getWith("/api/suggest", "q", q, "limit", "100");

        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(TestServer.json(search).get("total").asLong()).as("entities found for %s, of %d", q, everything).isLessThan(everything);
        assertThat(suggest.statusCode()).as(suggest.body()).isEqualTo(200);
        assertThat(TestServer.json(suggest).size()).isLessThan((int) Math.min(everything, 100));
    }

    @Test
    void sparql_sg_search_with_hostile_text_binds_no_more_than_a_search_would() {
        String query = "SELECT (COUNT(?hit) AS ?n) WHERE { ?hit <" + SearchPropertyFunction.IRI + "> (%s 1000) }";

        for (String text : new String[] {"\"*:*\"", "\"ß\"", "\"日本語\"", "\"\\\") } UNION { ?s ?p ?o\"", "\"?s\""}) {
            JsonNode rows = server.getJson("/sparql", "query", query.formatted(text)).get("results").get("bindings");
            assertThat(rows.get(0).get("n").get("value").asLong()).as("hits bound for %s", text).isZero();
        }
        HttpResponse<String> tooLong = server.getWith("/sparql", "query", query.formatted("\"" + "x".repeat(1001) + "\""));
        assertThat(problemDetail(tooLong, 400)).contains("sg:search", "1000");
    }

    @Test
    void broken_utf_8_and_lone_surrogates_are_a_200_or_a_400_never_a_500() {
        // Sent raw: URLEncoder would replace a lone surrogate with '?' before the server saw it.
        for (String raw : new String[] {"%ED%A0%80", "%ED%B0%80diffusion", "%F0%9F", "%C0%AF", "%FF%FE", "diff%00usion"}) {
            HttpResponse<String> search = server.get("/api/search?q=" + raw);
            HttpResponse<String> suggest = server.get("/api/suggest?q=" + raw);
            for (HttpResponse<String> response : java.util.List.of(search, suggest)) {
                assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isIn(200, 400);
                assertNoJavaInternals(response.body());
            }
            if (search.statusCode() == 200) assertThat(TestServer.json(search).get("total").asLong()).isLessThan(everything);
        }
    }

    @Test
    void a_query_past_1000_characters_is_a_400_that_says_the_limit_and_1000_are_searched() {
        String nonsense = "qwzx ".repeat(200);

        assertThat(problemDetail(server.getWith("/api/search", "q", nonsense + "x"), 400)).contains("1001", "at most 1000");
        assertThat(problemDetail(server.getWith("/api/suggest", "q", "ß".repeat(1001)), 400)).contains("at most 1000");
        JsonNode longest = server.getJson("/api/search", "q", nonsense);
        assertThat(longest.get("total").asLong()).isZero();
        assertThat(longest.get("note").asText()).contains("first 32 words");
    }

    @ParameterizedTest(name = "[{index}] {0}={1} → 400 naming {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            limit  | 99999999999
            limit  | -2147483649
            limit  | 1e3
            limit  | 0x10
            limit  | NaN
            limit  | ５
            limit  | 10; DROP ALL
            offset | 99999999999999999999
            offset | -5
            offset | 1.5
            kind   | *:*
            kind   | paper OR 1=1
            kind   | ') } UNION { ?s ?p ?o
            year   | -1
            year   | 99999
            year   | ２０２１
            year   | 2021 OR 1=1
            concept| *:*
            """)
    void a_hostile_parameter_is_a_400_problem_that_names_it(String name, String value) {
        String detail = problemDetail(server.getWith("/api/search", "q", "diffusion", name, value), 400);

        assertThat(detail).contains("'" + name + "'");
        if (name.equals("limit") || name.equals("offset")) assertThat(detail).containsPattern("from \\d+ to \\d+");
        if (!name.equals("kind")) return;
        assertThat(problemDetail(server.getWith("/api/suggest", "q", "diff", name, value), 400)).contains("'kind'", "paper");
    }

    @Test
    void a_kilobyte_parameter_value_is_not_echoed_back_whole() {
        String detail = problemDetail(server.getWith("/api/search", "q", "diffusion", "kind", "k".repeat(1000)), 400);

        assertThat(detail).contains("'kind'").hasSizeLessThan(300);
        assertThat(problemDetail(server.getWith("/api/search", "q", "diffusion", "limit", "9".repeat(1000)), 400)).hasSizeLessThan(200);
    }
}
