package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.web.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sg:search} joins search hits with graph patterns, through {@code GET /sparql}. */
class SearchSparqlTest {
    private static final String BEAT_GANS = iri("paper/arxiv-2105.05233");
    private static final String DISCRIMINATOR_GUIDANCE = iri("paper/arxiv-2211.17091");

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

    private record Row(String hit, double score) {}

    @Test
    void a_phrase_search_joined_with_a_type_gives_the_papers_best_first() {
        List<Row> rows = select("""
                SELECT ?hit ?score WHERE {
                  (?hit ?score) sg:search ("\\"classifier guidance\\"" 5) .
                  ?hit a schema:ScholarlyArticle .
                } ORDER BY DESC(?score)""");

        assertThat(rows).extracting(Row::hit).containsExactly(DISCRIMINATOR_GUIDANCE, BEAT_GANS);
        assertThat(rows).extracting(Row::score).allSatisfy(s -> assertThat(s).isPositive())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void a_word_search_joined_with_the_concept_type_gives_the_concepts() {
        List<Row> rows = select("""
                SELECT ?hit ?score WHERE {
                  (?hit ?score) sg:search ("classifier guidance" 5) .
                  ?hit a skos:Concept .
                } ORDER BY DESC(?score)""");

        assertThat(rows).extracting(Row::hit).containsExactly(iri("concept/classifier-guidance"),
                iri("concept/classifier-free-guidance"));
    }

    @Test
    void the_hits_and_scores_are_those_of_the_search_service_in_its_order() {
        List<SearchResult.Scored> top = server.studyGraph().search().top("classifier guidance", 8);

        List<Row> rows = select("SELECT ?hit ?score WHERE { (?hit ?score) sg:search (\"classifier guidance\" 8) }");

        assertThat(rows).extracting(Row::hit).containsExactlyElementsOf(top.stream().map(SearchResult.Scored::iri).toList());
        for (int i = 0; i < top.size(); i++) {
            assertThat(rows.get(i).score()).as("score of %s", top.get(i).iri()).isCloseTo(top.get(i).score(), within(1e-4));
        }
    }

    @Test
    void a_pattern_evaluated_first_restricts_the_hits_to_its_bindings() {
        List<Row> rows = select("""
                SELECT ?hit ?score WHERE {
                  ?hit schema:author ?author . ?author schema:name "Alex Nichol" .
                  (?hit ?score) sg:search ("diffusion" 100) .
                } ORDER BY DESC(?score)""");

        assertThat(rows).extracting(Row::hit).containsExactlyInAnyOrder(BEAT_GANS, iri("paper/arxiv-2102.09672"));
    }

    @Test
    void a_plain_text_object_gives_at_most_ten_hits() {
        assertThat(select("SELECT ?hit WHERE { ?hit sg:search \"diffusion\" }")).hasSize(10);
        assertThat(select("SELECT ?hit WHERE { ?hit sg:search (\"diffusion\" 3) }")).hasSize(3);
    }

    @Test
    void a_bound_hit_checks_that_the_entity_is_among_the_hits() {
        assertThat(select("SELECT ?score WHERE { (<%s> ?score) sg:search \"beat gans\" }".formatted(BEAT_GANS))).hasSize(1);
        assertThat(select("SELECT ?score WHERE { (<%s> ?score) sg:search \"kilcher\" }".formatted(BEAT_GANS))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] sg:search {0}")
    @ValueSource(strings = {"\"\"", "\"   \"", "\"a (b: \\\"c\"", "\"title:foo\"", "\"*?~^\"", "\"AND OR NOT\"", "(\"-\" 5)", "42"})
    void odd_search_text_answers_rows_or_none_never_an_error(String object) {
        var response = server.getWith("/sparql", "query", "SELECT ?hit WHERE { ?hit sg:search " + object + " }");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(TestServer.json(response).get("results").get("bindings").isArray()).isTrue();
    }

    @Test
    void a_malformed_call_is_a_400_problem_naming_the_function() {
        var tooManyVariables = server.getWith("/sparql", "query", "SELECT * WHERE { (?a ?b ?c) sg:search \"diffusion\" }");
        var tooManyArguments = server.getWith("/sparql", "query", "SELECT * WHERE { ?a sg:search (\"diffusion\" 5 6) }");

        assertThat(problemDetail(tooManyVariables, 400)).contains("sg:search");
        assertThat(problemDetail(tooManyArguments, 400)).contains("sg:search");
    }

    private static List<Row> select(String query) {
        JsonNode bindings = server.getJson("/sparql", "query", query).get("results").get("bindings");
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : bindings) {
            rows.add(new Row(b.has("hit") ? b.get("hit").get("value").asText() : null,
                    b.has("score") ? b.get("score").get("value").asDouble() : Double.NaN));
        }
        return rows;
    }
}
