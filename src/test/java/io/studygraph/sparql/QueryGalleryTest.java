package io.studygraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every study question in {@code data/queries/} parses, and answers with rows on the bundled list. */
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void each_question_returns_rows_on_the_bundled_list(GalleryQuery gallery) {
        Query query = sg.sparql().parse(gallery.query());
        Map<String, Node> params = new LinkedHashMap<>();
        for (GalleryQuery.Param p : gallery.params()) {
            assertThat(Kind.fromSlug(p.kind())).as("kind of parameter %s", p.name()).isPresent();
            assertThat(query.getProjectVars().stream().anyMatch(v -> v.getVarName().equals(p.name()))
                    || gallery.query().contains("?" + p.name())).as("the query uses ?%s", p.name()).isTrue();
            params.put(p.name(), NodeFactory.createURI(p.defaultIri()));
        }
        long rows = sg.store().query(query, params, qe -> {
            var rs = qe.execSelect();
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        });
        assertThat(rows).as(gallery.title()).isGreaterThanOrEqualTo(1);
    }
}
