package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PageRank over the links of a TDB2 store on disk, kept in its own graph and read back per generation. */
class ImportanceTest {
    private static final String ID = Vocab.ID;
    private static final String PREFIXES = """
            @prefix cito: <http://purl.org/spar/cito/> . @prefix schema: <https://schema.org/> .
            @prefix sg: <https://w3id.org/studygraph/ontology#> . @prefix id: <https://w3id.org/studygraph/id/> .
            """;

    @TempDir Path dir;
    private TdbStore store;
    private Importance importance;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir);
        importance = new Importance(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void put(String graph, String turtle) {
        Model m = ModelFactory.createDefaultModel();
        // Keys hold a slash, which a prefixed name cannot: written id:kind/key here, parsed as full IRIs.
        RDFParser.fromString(PREFIXES + turtle.replaceAll("id:([\\w/.-]+)", "<" + ID + "$1>"), Lang.TURTLE).parse(m);
        store.replaceGraphs(Map.of(graph, m));
    }

    @Test
    void the_most_cited_paper_scores_one_and_what_nothing_leads_to_scores_zero() {
        put("https://example.org/g1", """
                id:paper/a cito:cites id:paper/hub . id:paper/b cito:cites id:paper/hub . id:paper/c cito:cites id:paper/hub , id:paper/b .
                id:repo/r sg:implements id:paper/b .
                id:paper/hub schema:author id:person/p .
                """);

        importance.recompute();

        assertThat(importance.of(ID + "paper/hub")).isGreaterThan(0.8);
        assertThat(importance.scores()).containsValue(1.0);
        assertThat(importance.of(ID + "paper/b")).isStrictlyBetween(0.0, importance.of(ID + "paper/hub"));
        assertThat(importance.of(ID + "paper/b")).isGreaterThan(importance.of(ID + "paper/a"));
        assertThat(importance.of(ID + "repo/r")).isZero();
        assertThat(importance.of(ID + "paper/a")).isZero();
        assertThat(importance.of(ID + "person/p")).as("an author shares the rank of the work").isGreaterThan(importance.of(ID + "paper/b"));
        assertThat(importance.scores().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(importance.of(ID + "paper/unknown")).isZero();
    }

    @Test
    void the_scores_are_statements_in_their_own_graph_that_sparql_sees() {
        put("https://example.org/g1", "id:paper/a cito:cites id:paper/hub .");
        importance.recompute();

        Map<String, Double> seen = new java.util.HashMap<>();
        store.query(Sparql.parse("SELECT ?e ?s WHERE { GRAPH <" + Vocab.IMPORTANCE_GRAPH + "> { ?e sg:importance ?s } }"), qe -> {
            qe.execSelect().forEachRemaining(row -> seen.put(row.getResource("e").getURI(), row.getLiteral("s").getDouble()));
            return null;
        });
        assertThat(seen).as("what nothing leads to scores 0, which is not stored").containsOnlyKeys(ID + "paper/hub")
                .isEqualTo(importance.scores());
        assertThat(seen.get(ID + "paper/hub")).isEqualTo(1.0);
    }

    @Test
    void recomputing_after_an_import_says_which_scores_moved_and_a_repeat_moves_none() {
        put("https://example.org/g1", "id:paper/a cito:cites id:paper/hub . id:paper/b cito:cites id:paper/hub .");
        assertThat(importance.recompute()).containsExactly(ID + "paper/hub");
        double before = importance.of(ID + "paper/a");

        put("https://example.org/g2", "id:paper/c cito:cites id:paper/a . id:paper/d cito:cites id:paper/a . id:paper/e cito:cites id:paper/a .");
        Set<String> moved = importance.recompute();

        assertThat(moved).contains(ID + "paper/a").doesNotContain(ID + "paper/c");
        assertThat(importance.of(ID + "paper/a")).as("cited three times now").isGreaterThan(before);
        assertThat(importance.recompute()).isEmpty();
    }
}
