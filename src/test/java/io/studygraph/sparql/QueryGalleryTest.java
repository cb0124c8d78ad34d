package io.studygraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every study question in {@code data/queries/} parses, and answers with rows on the bundled list,
 * each row about different entities; parameter lines are read and checked.
 */
class QueryGalleryTest {
    private static StudyGraph sg;

    @BeforeAll
    static void load() {
        sg = StudyGraph.inMemory(true);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    static Stream<GalleryQuery> queries() {
        return new QueryGallery().all().stream();
    }

    @Test
    void the_gallery_has_at_least_twelve_titled_questions_some_with_parameters() {
        List<GalleryQuery> all = new QueryGallery().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).allSatisfy(q -> {
            assertThat(q.title()).isNotBlank();
            assertThat(q.description()).isNotBlank();
        });
        assertThat(all).filteredOn(q -> !q.params().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).anySatisfy(q -> assertThat(q.query()).contains("sg:search"));
    }

    @Test
    void the_search_question_asks_for_its_topic_as_a_text_parameter() {
        GalleryQuery search = new QueryGallery().byId("01-search-papers").orElseThrow();
        assertThat(search.params()).containsExactly(new GalleryQuery.Param("topic", GalleryQuery.TEXT, "classifier guidance"));
        assertThat(search.query()).contains("sg:search (?topic").doesNotContain("classifier guidance");
        assertThat(search.params().get(0).defaultNode().getLiteralLexicalForm()).isEqualTo("classifier guidance");
    }

    @Test
    void a_param_line_of_an_unknown_kind_or_an_unquoted_text_is_refused_with_the_file_named() {
        assertThatThrownBy(() -> GalleryQuery.parse("x.rq", "# title: X\n# param: who wizard https://example.org/a\nASK {}"))
                .hasMessageContaining("x.rq").hasMessageContaining("unknown kind 'wizard'");
        assertThatThrownBy(() -> GalleryQuery.parse("y.rq", "# title: Y\n# param: topic text two words\nASK {}"))
                .hasMessageContaining("y.rq").hasMessageContaining("double quotes");
        assertThatThrownBy(() -> GalleryQuery.parse("z.rq", "# title: Z\n# param: n number many\nASK {}"))
                .hasMessageContaining("z.rq").hasMessageContaining("not a number");
    }

    /**
     * Run with its defaults, each question answers, and no two rows name the same entities: the
     * IRIs of a row are what it is about, so a second row with the same IRIs only repeats it (a
     * paper with a year and a date, a work citing in two ways) and belongs in one row.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void each_question_returns_rows_on_the_bundled_list_none_repeating_its_entities(GalleryQuery gallery) {
        Query query = sg.sparql().parse(gallery.query());
        Map<String, Node> params = new LinkedHashMap<>();
        for (GalleryQuery.Param p : gallery.params()) {
            assertThat(gallery.query()).as("the query uses ?%s", p.name()).containsPattern("[?$]" + p.name() + "\\b");
            params.put(p.name(), p.defaultNode());
        }
        List<List<Node>> keys = sg.store().query(query, params, qe -> {
            List<List<Node>> rows = new ArrayList<>();
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.nextBinding();
                List<Node> iris = new ArrayList<>();
                row.vars().forEachRemaining(v -> {
                    if (row.get(v).isURI()) iris.add(row.get(v));
                });
                rows.add(iris);
            }
            return rows;
        });
        assertThat(keys).as(gallery.title()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(keys).as("%s: every row names an entity", gallery.title()).allSatisfy(k -> assertThat(k).isNotEmpty());
    }
}
