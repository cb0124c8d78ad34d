package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.graph.Sparql;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/search} and {@code GET /api/suggest} through a real HTTP client. */
class SearchApiTest {
    private static final String BEAT_GANS = iri("paper/arxiv-2105.05233");

    @TempDir static Path dataDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_search_answers_hits_facets_total_and_the_corrected_query() {
        JsonNode result = server.getJson("/api/search", "q", "guided difusion");

        assertThat(result.get("query").asText()).isEqualTo("guided difusion");
        assertThat(result.get("suggestion").asText()).isEqualTo("guided diffusion");
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(result.get("hits").size()).isGreaterThan(3);
        JsonNode hit = hit(result, BEAT_GANS);
        assertThat(hit.get("kind").asText()).isEqualTo("paper");
        assertThat(hit.get("label").asText()).isEqualTo("Diffusion Models Beat GANs on Image Synthesis");
        assertThat(hit.get("year").asText()).isEqualTo("2021");
        assertThat(texts(hit.get("people"))).containsExactly("Prafulla Dhariwal", "Alex Nichol");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(result.get("facets").fieldNames()).toIterable().containsExactly("kind", "year", "concept");
        assertThat(result.get("facets").get("kind").findValuesAsText("value")).contains("paper", "repo");
    }

    @Test
    void each_hit_shows_its_authors_in_order_or_its_presenters_once_as_the_overview_does() {
        Map<String, List<String>> overview = new HashMap<>();
        server.getJson("/api/overview").get("kinds").forEach(kind -> kind.get("items").forEach(item ->
                overview.put(item.get("iri").asText(), texts(item.get("people")))));

        JsonNode all = server.getJson("/api/search", "q", "*", "limit", "100");

        assertThat(all.get("total").asInt()).isEqualTo(overview.size());
        all.get("hits").forEach(hit -> assertThat(texts(hit.get("people"))).as("people of %s", hit.get("iri").asText())
                .isEqualTo(overview.get(hit.get("iri").asText())));
        assertThat(texts(hit(all, iri("paper/arxiv-2211.07804")).get("people"))).hasSize(7)
                .startsWith("Amirhossein Kazerouni").endsWith("Dorit Merhof");
        assertThat(texts(hit(all, iri("paper/arxiv-2102.09672")).get("people"))).containsExactly("Alex Nichol", "Prafulla Dhariwal");
        assertThat(texts(hit(all, iri("video/youtube-1CIpzeNxIhU")).get("people"))).as("presenter, not the contributor")
                .containsExactly("Mike Pound");
    }

    @Test
    void snippets_are_parts_with_the_matched_words_marked() {
        JsonNode hit = hit(server.getJson("/api/search", "q", "kilcher"), iri("video/youtube-W-O7AZNzbzQ"));

        List<String> marked = new ArrayList<>();
        hit.get("snippet").forEach(part -> {
            if (part.get("hit").asBoolean()) marked.add(part.get("text").asText());
        });
        assertThat(marked).isNotEmpty().allSatisfy(text -> assertThat(text).containsIgnoringCase("kilcher"));
        assertThat(hit.get("snippet").toString()).doesNotContain("<b>", "<em>", "\\ue000", "\\ue001");
        StringBuilder title = new StringBuilder();
        hit.get("title").forEach(part -> title.append(part.get("text").asText()));
        assertThat(title.toString()).isEqualTo(hit.get("label").asText());
    }

    @Test
    void a_hit_found_by_a_word_of_its_text_shows_the_sentence_with_the_word_marked_and_a_plain_title() {
        JsonNode hit = hit(server.getJson("/api/search", "q", "langevin"), iri("paper/arxiv-2006.11239"));

        assertThat(marked(hit.get("snippet"))).containsExactly("Langevin");
        assertThat(marked(hit.get("title"))).isEmpty();
        assertThat(hit.get("title").get(0).get("text").asText()).isEqualTo("Denoising Diffusion Probabilistic Models");
    }

    @Test
    void each_hit_is_marked_where_it_matched_in_its_title_or_else_its_snippet() {
        JsonNode hits = server.getJson("/api/search", "q", "markov nichol", "limit", "20").get("hits");

        assertThat(hits).isNotEmpty();
        hits.forEach(hit -> assertThat(marked(hit.get("title")).isEmpty() ? marked(hit.get("snippet")) : marked(hit.get("title")))
                .as("marks of %s", hit.get("iri").asText()).isNotEmpty()
                .allSatisfy(word -> assertThat(word.toLowerCase(java.util.Locale.ROOT)).isIn("markov", "nichol")));
    }

    private static List<String> marked(JsonNode parts) {
        List<String> marked = new ArrayList<>();
        parts.forEach(part -> {
            if (part.get("hit").asBoolean()) marked.add(part.get("text").asText());
        });
        return marked;
    }

    @Test
    void hits_come_best_first() {
        JsonNode hits = server.getJson("/api/search", "q", "denoising diffusion", "limit", "20").get("hits");

        List<Double> scores = new ArrayList<>();
        hits.forEach(h -> scores.add(h.get("score").asDouble()));
        assertThat(scores).hasSizeGreaterThan(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void offset_and_limit_page_through_one_ranking_with_the_same_total_and_facets() {
        JsonNode first = server.getJson("/api/search", "q", "diffusion", "limit", "10");
        JsonNode middle = server.getJson("/api/search", "q", "diffusion", "limit", "4", "offset", "3");
        JsonNode beyond = server.getJson("/api/search", "q", "diffusion", "offset", "500");

        assertThat(iris(middle)).hasSize(4).isEqualTo(iris(first).subList(3, 7));
        assertThat(middle.get("total")).isEqualTo(first.get("total"));
        assertThat(middle.get("facets")).isEqualTo(first.get("facets"));
        assertThat(beyond.get("hits")).isEmpty();
        assertThat(beyond.get("total")).isEqualTo(first.get("total"));
    }

    @Test
    void the_kind_filter_keeps_that_kind_and_counts_what_the_facet_said() {
        JsonNode all = server.getJson("/api/search", "q", "diffusion");
        JsonNode papers = server.getJson("/api/search", "q", "diffusion", "kind", "paper", "limit", "100");

        assertThat(papers.get("hits").findValuesAsText("kind")).isNotEmpty().containsOnly("paper");
        assertThat(papers.get("total").asInt()).isEqualTo(facetCount(all, "kind", "paper"));
    }

    @Test
    void the_year_filter_keeps_that_year() {
        JsonNode all = server.getJson("/api/search", "q", "*");
        JsonNode of2021 = server.getJson("/api/search", "q", "*", "year", "2021", "limit", "100");

        assertThat(of2021.get("hits").findValuesAsText("year")).isNotEmpty().containsOnly("2021");
        assertThat(of2021.get("total").asInt()).isEqualTo(facetCount(all, "year", "2021"));
        assertThat(iris(of2021)).contains(BEAT_GANS, iri("paper/arxiv-2102.09672"));
    }

    @Test
    void the_concept_filter_keeps_what_mentions_is_about_or_explains_that_concept() {
        List<String> expected = new ArrayList<>();
        for (QuerySolution row : Sparql.select(server.studyGraph().store(), Sparql.parse("""
                SELECT DISTINCT ?e WHERE {
                  VALUES ?p { schema:mentions schema:about sg:explains } ?e ?p ?c . ?c skos:prefLabel ?label
                }"""), Map.of("label", NodeFactory.createLiteralString("Classifier guidance")))) {
            expected.add(row.getResource("e").getURI());
        }

        JsonNode result = server.getJson("/api/search", "q", "*", "concept", "Classifier guidance", "limit", "100");

        assertThat(iris(result)).containsExactlyInAnyOrderElementsOf(expected).contains(BEAT_GANS);
        assertThat(server.getJson("/api/search", "q", "*", "concept", "Classifier guidance", "kind", "video")
                .get("hits").findValuesAsText("iri")).containsExactly(iri("video/youtube-W-O7AZNzbzQ"));
    }

    @Test
    void suggest_completes_the_first_letters_of_any_word_of_a_name() {
        JsonNode gord = server.getJson("/api/suggest", "q", "gord");
        JsonNode ddp = server.getJson("/api/suggest", "q", "ddp");

        assertThat(gord.get(0).get("iri").asText()).isEqualTo(iri("person/aleksa-gordic"));
        assertThat(gord.get(0).get("label").asText()).isEqualTo("Aleksa Gordić");
        assertThat(gord.get(0).get("kind").asText()).isEqualTo("person");
        assertThat(ddp.findValuesAsText("iri")).contains(iri("paper/arxiv-2006.11239"));
        assertThat(server.getJson("/api/suggest", "q", "aleksa gor").findValuesAsText("label")).containsExactly("Aleksa Gordić");
        assertThat(server.getJson("/api/suggest", "q", "d", "limit", "2")).hasSize(2);
    }

    @ParameterizedTest(name = "[{index}] {0}={1} → 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            q      |          | required
            q      | '   '    | required
            kind   | book2    | book2
            year   | 1850     | 1850
            year   | 20x1     | 20x1
            concept| Quantum gravity | Quantum gravity
            limit  | abc      | limit
            limit  | 0        | limit
            limit  | 101      | limit
            offset | -1       | offset
            offset | 10001    | offset
            offset | ten      | offset
            """)
    void a_bad_parameter_is_a_400_problem_that_names_it(String name, String value, String named) {
        String[] params = name.equals("q") ? new String[] {"q", value == null ? "" : value}
                : new String[] {"q", "diffusion", name, value};

        assertThat(problemDetail(server.getWith("/api/search", params), 400)).contains(named);
    }

    @Test
    void a_missing_or_too_long_query_is_a_400_problem() {
        assertThat(problemDetail(server.getWith("/api/search"), 400)).contains("'q'");
        assertThat(problemDetail(server.getWith("/api/search", "q", "diffusion ".repeat(100) + "x"), 400)).contains("1000");
        assertThat(server.getWith("/api/search", "q", "d".repeat(1000)).statusCode()).as("1000 characters are fine").isEqualTo(200);
        assertThat(problemDetail(server.getWith("/api/suggest", "q", ""), 400)).contains("'q'");
        assertThat(problemDetail(server.getWith("/api/suggest", "q", "x".repeat(1001)), 400)).contains("1000");
    }

    @ParameterizedTest(name = "[{index}] /api/suggest limit={0} → 400")
    @ValueSource(strings = {"0", "-1", "101", "many"})
    void suggest_refuses_a_limit_out_of_range(String limit) {
        assertThat(problemDetail(server.getWith("/api/suggest", "q", "gord", "limit", limit), 400)).contains("limit");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a (b: \"c", "title:foo", "*?~^", "AND OR NOT", "\"unbalanced", "unbalanced\"", "“curly”",
            "\\", "+-&&||!(){}[]^\"~*?:\\/", "-", "--", "-*", "**", "\"\"", "label:\"x\"~2", "a AND (b OR c)", "/regex.*/",
            "[a TO z]", "{!lucene}x", "ddpm^10", "diffusion~0.5", "%", "' OR 1=1 --", "SELECT * WHERE { ?s ?p ?o }",
            "<script>alert(1)</script>", "😀 diffusion", "x*", "é", "10.1016/", "https://", "-gan -diffusion"})
    void any_syntax_in_the_text_is_searched_as_text_never_a_server_error(String q) {
        JsonNode result = server.getJson("/api/search", "q", q);
        JsonNode suggestions = server.getJson("/api/suggest", "q", q);

        assertThat(result.get("hits").isArray()).isTrue();
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(result.get("hits").size());
        assertThat(suggestions.isArray()).isTrue();
    }

    private static JsonNode hit(JsonNode result, String iri) {
        for (JsonNode hit : result.get("hits")) if (hit.get("iri").asText().equals(iri)) return hit;
        throw new AssertionError(iri + " is not among the hits " + iris(result));
    }

    private static List<String> iris(JsonNode result) {
        return texts(result.get("hits").findValues("iri"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int facetCount(JsonNode result, String dimension, String value) {
        for (JsonNode v : result.get("facets").get(dimension)) if (v.get("value").asText().equals(value)) return v.get("count").asInt();
        throw new AssertionError("no " + dimension + " facet value " + value + " in " + result.get("facets"));
    }
}
