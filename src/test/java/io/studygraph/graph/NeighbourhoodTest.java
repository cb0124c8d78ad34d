package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Neighbourhoods on hand-built graphs whose importance is known: budget, ranking and "more". */
class NeighbourhoodTest {
    private final TdbStore store = TdbStore.inMemory();
    private final Model model = ModelFactory.createDefaultModel();

    @AfterEach
    void close() {
        store.close();
    }

    private static String p(String key) {
        return Vocab.ID + "paper/" + key;
    }

    private void cites(String from, String to) {
        model.createResource(p(from)).addProperty(model.createProperty(Vocab.CITES.getURI()), model.createResource(p(to)));
    }

    /** {@code times} papers that cite {@code key} and nothing else: its importance is {@code times}. */
    private void citedBy(String key, int times) {
        for (int i = 0; i < times; i++) cites("citer-" + key + "-" + i, key);
    }

    private Neighbourhood.Elements around(String key, int depth, int limit, int budget) {
        store.replaceGraphs(Map.of(Vocab.SOURCE + "test.ttl", model));
        return new Neighbourhood(store, new EntityService(store)).around(p(key), depth, limit, budget, WalkFilter.DEFAULT);
    }

    private static List<String> nodes(Neighbourhood.Elements e) {
        return e.nodes().stream().map(n -> n.data().id().substring(n.data().id().lastIndexOf('/') + 1)).toList();
    }

    /** A hub cited by 30 papers, paper i itself cited i times. */
    private void hub() {
        for (int i = 0; i < 30; i++) {
            cites("leaf" + i, "hub");
            citedBy("leaf" + i, i);
        }
    }

    @Test
    void the_budget_caps_the_entities_and_the_most_cited_neighbours_are_shown_first() {
        hub();
        Neighbourhood.Elements e = around("hub", 1, 200, 11);
        assertThat(e.nodes()).hasSize(11);
        assertThat(nodes(e)).containsExactlyInAnyOrder("hub", "leaf20", "leaf21", "leaf22", "leaf23", "leaf24", "leaf25",
                "leaf26", "leaf27", "leaf28", "leaf29");
        assertThat(e.edges()).hasSize(10);
        assertThat(e.more()).containsExactly(Map.entry(p("hub"), 20));
    }

    @Test
    void the_budget_holds_exactly_however_deep_the_walk_goes() {
        hub();
        Neighbourhood.Elements e = around("hub", 3, 200, 37);
        assertThat(e.nodes()).hasSize(37);
        assertThat(e.edges().stream().map(x -> x.data().source())).allMatch(id -> nodes(e).contains(id.substring(id.lastIndexOf('/') + 1)));
    }

    @Test
    void the_per_entity_limit_counts_what_it_leaves_out() {
        hub();
        Neighbourhood.Elements e = around("hub", 1, 5, 200);
        assertThat(nodes(e)).containsExactlyInAnyOrder("hub", "leaf25", "leaf26", "leaf27", "leaf28", "leaf29");
        assertThat(e.more()).containsExactly(Map.entry(p("hub"), 25));
    }

    @Test
    void depth_two_shows_the_most_important_neighbours_and_their_most_important_neighbours() {
        cites("root", "a");
        cites("root", "b");
        cites("root", "c");
        for (int k = 1; k <= 5; k++) {
            cites("a" + k, "a");
            citedBy("a" + k, k);
        }
        for (int k = 1; k <= 3; k++) {
            cites("b" + k, "b");
            citedBy("b" + k, k);
        }
        citedBy("c", 1);
        Neighbourhood.Elements e = around("root", 2, 2, 200);
        assertThat(nodes(e)).containsExactly("root", "a", "b", "a5", "a4", "b3", "b2");
        assertThat(e.more()).containsOnly(Map.entry(p("root"), 1), Map.entry(p("a"), 3), Map.entry(p("b"), 1));
    }

    @Test
    void when_everything_fits_every_relation_is_shown_and_nothing_is_left_out() {
        hub();
        Neighbourhood.Elements e = around("leaf3", 2, 200, 200);
        assertThat(nodes(e)).contains("leaf3", "hub", "citer-leaf3-0", "citer-leaf3-2", "leaf0", "leaf29");
        assertThat(e.nodes()).hasSize(1 + 1 + 3 + 29);
        assertThat(e.more()).isEmpty();
    }

    @Test
    void labels_and_kinds_come_with_the_nodes_shown() {
        cites("x", "y");
        Resource x = model.createResource(p("x"));
        x.addProperty(model.createProperty(Vocab.NAME.getURI()), "Paper X");
        Neighbourhood.Elements e = around("y", 1, 25, 200);
        assertThat(e.nodes()).extracting(n -> n.data().label() + "/" + n.data().kind()).containsExactlyInAnyOrder("y/paper", "Paper X/paper");
        assertThat(e.edges()).singleElement().satisfies(edge -> assertThat(edge.data().label()).isEqualTo("cites"));
    }

    @Test
    void a_budget_out_of_range_is_refused() {
        cites("x", "y");
        assertThatThrownBy(() -> around("x", 1, 25, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
        assertThatThrownBy(() -> around("x", 1, 25, Neighbourhood.MAX_BUDGET + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_full_budget_leaves_the_next_hop_out_without_failing() {
        hub();
        Neighbourhood.Elements e = around("hub", 2, 200, 1);
        assertThat(nodes(e)).containsExactly("hub");
        assertThat(e.more()).containsExactly(Map.entry(p("hub"), 30));
    }

    @Test
    void a_hub_is_read_only_as_far_as_its_limit_can_use_and_the_rest_is_counted_as_more() {
        citedBy("hub", 100);
        Neighbourhood.Elements e = around("hub", 1, 2, 200);
        assertThat(e.nodes()).hasSize(3);
        // 8 × limit statements read each way; the other 84 citations are counted, not read.
        assertThat(e.more()).containsExactly(Map.entry(p("hub"), 98));
    }

    @Test
    void a_hub_among_many_is_chosen_over_the_candidates_counted_only_to_the_cut_off() {
        for (int i = 0; i < 12; i++) cites("root", "n" + i);
        citedBy("n7", 60);
        citedBy("n3", 2);
        Neighbourhood.Elements e = around("root", 1, 200, 3);
        assertThat(nodes(e)).containsExactly("root", "n7", "n3");
    }
}
