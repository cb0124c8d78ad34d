package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final String A = Vocab.SOURCE + "a.ttl";
    private static final String B = Vocab.SOURCE + "b.ttl";
    private static final Query NAMES = Sparql.parse("SELECT ?name WHERE { ?e schema:name ?name } ORDER BY ?name");

    private static Model turtle(String body) {
        return RDFParser.fromString("@prefix schema: <https://schema.org/> . " + body, Lang.TURTLE).toModel();
    }

    @Test
    void queries_see_the_union_of_the_named_graphs(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"From A\" ."),
                    B, turtle("<http://example.org/y> schema:name \"From B\" .")));
            assertThat(Sparql.select(store, NAMES, Map.of())).extracting(r -> r.getLiteral("name").getString())
                    .containsExactly("From A", "From B");
            assertThat(store.graphNames()).containsExactlyInAnyOrder(A, B);
        }
    }

    @Test
    void replacing_a_graph_drops_what_it_held_before(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Old\" . <http://example.org/z> schema:name \"Gone\" .")));
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"New\" .")));
            assertThat(Sparql.select(store, NAMES, Map.of())).extracting(r -> r.getLiteral("name").getString())
                    .containsExactly("New");
            assertThat(store.size()).isEqualTo(1);
        }
    }

    @Test
    void a_changed_number_written_in_a_non_canonical_form_replaces_the_old_value(@TempDir Path dir) {
        Query prices = Sparql.parse("SELECT ?v WHERE { ?e schema:price ?v }");
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:price 1.50 , 2 ; schema:name \"Kept\" .")));
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:price 3.000 ; schema:name \"Kept\" .")));

            assertThat(Sparql.select(store, prices, Map.of())).extracting(r -> r.getLiteral("v").getLexicalForm()).containsExactly("3.0");
            assertThat(store.size()).isEqualTo(2);
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Kept\" .")));
            assertThat(Sparql.select(store, prices, Map.of())).isEmpty();
        }
    }

    @Test
    void the_kept_triple_count_matches_a_count_after_every_kind_of_write_and_a_reopen(@TempDir Path dir) {
        Query count = Sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/studygraph/state>) }");
        java.util.function.Function<TdbStore, Long> counted = s -> Sparql.select(s, count, Map.of()).get(0).getLiteral("n").getLong();
        var x = NodeFactory.createURI("http://example.org/x");
        var name = NodeFactory.createURI("https://schema.org/name");
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"One\", \"Two\" ."),
                    B, turtle("<http://example.org/y> schema:name \"Three\" .")));
            assertThat(store.size()).isEqualTo(3).isEqualTo(counted.apply(store));
            // Overlapping replacement: one kept, one dropped, two added.
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"One\", \"Four\", \"Five\" .")));
            assertThat(store.size()).isEqualTo(4).isEqualTo(counted.apply(store));
            // Removing what is not there, adding what is: neither counts.
            store.update(A, java.util.List.of(org.apache.jena.graph.Triple.create(x, name, NodeFactory.createLiteralString("Absent"))),
                    java.util.List.of(org.apache.jena.graph.Triple.create(x, name, NodeFactory.createLiteralString("One")),
                            org.apache.jena.graph.Triple.create(x, name, NodeFactory.createLiteralString("Six"))));
            assertThat(store.size()).isEqualTo(5).isEqualTo(counted.apply(store));
            store.removeGraphs(java.util.Set.of(B));
            assertThat(store.size()).isEqualTo(4).isEqualTo(counted.apply(store));
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertThat(store.size()).isEqualTo(4);
        }
    }

    @Test
    void a_failed_write_leaves_every_graph_as_it_was(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Kept\" .")));
            Map<String, Model> batch = new LinkedHashMap<>();
            batch.put(A, turtle("<http://example.org/x> schema:name \"Half-written\" ."));
            batch.put(B, null); // fails inside the transaction, after A was already replaced
            assertThatThrownBy(() -> store.replaceGraphs(batch)).isInstanceOf(NullPointerException.class);
            assertThat(Sparql.select(store, NAMES, Map.of())).extracting(r -> r.getLiteral("name").getString())
                    .containsExactly("Kept");
        }
    }

    @Test
    void data_survives_closing_and_reopening_the_database(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Durable\" .")));
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertThat(store.isEmpty()).isFalse();
            assertThat(store.graph(A).size()).isEqualTo(1);
        }
    }

    @Test
    void bindings_enter_a_query_as_nodes_not_as_text() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"X\" .")));
            Query byName = Sparql.parse("SELECT ?e WHERE { ?e schema:name ?name }");
            String hostile = "X\" } ; DROP ALL ; SELECT * { \"";
            assertThat(Sparql.select(store, byName, Map.of("name", NodeFactory.createLiteralString(hostile)))).isEmpty();
            assertThat(Sparql.select(store, byName, Map.of("name", NodeFactory.createLiteralString("X")))).hasSize(1);
        }
    }
}
