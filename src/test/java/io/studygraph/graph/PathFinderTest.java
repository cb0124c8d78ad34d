package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Path finding on small hand-built graphs whose answers are known, and on large ones. */
class PathFinderTest {
    private static final String PREFIXES = "@prefix p: <https://w3id.org/studygraph/id/paper/> . "
            + "@prefix c: <http://purl.org/spar/cito/> . @prefix s: <https://schema.org/> . "
            + "@prefix person: <https://w3id.org/studygraph/id/person/> . @prefix sec: <https://w3id.org/studygraph/id/section/> . ";

    private final TdbStore store = TdbStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private PathFinder finder(String turtle, PathFinder.Limits limits) {
        Model m = RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toModel();
        store.replaceGraphs(Map.of(Vocab.SOURCE + "test.ttl", m));
        return new PathFinder(store, new EntityService(store), limits);
    }

    private static String p(String key) {
        return Vocab.ID + "paper/" + key;
    }

    private static List<List<String>> keys(PathFinder.Result r) {
        return r.paths().stream().map(path -> path.nodes().stream().map(n -> n.iri().substring(n.iri().lastIndexOf('/') + 1)).toList()).toList();
    }

    @Test
    void the_shortest_path_comes_first_and_longer_ones_follow() {
        PathFinder f = finder("p:a c:cites p:b . p:b c:cites p:c . p:c c:cites p:d . p:a c:cites p:x . p:x c:cites p:d .", PathFinder.Limits.DEFAULT);
        PathFinder.Result r = f.find(p("a"), p("d"), 6, 5, WalkFilter.DEFAULT);
        assertThat(r.connected()).isTrue();
        assertThat(keys(r)).containsExactly(List.of("a", "x", "d"), List.of("a", "b", "c", "d"));
    }

    @Test
    void relations_are_walked_both_ways_and_said_in_the_direction_walked() {
        PathFinder f = finder("p:a c:cites p:b . p:c c:cites p:b .", PathFinder.Limits.DEFAULT);
        PathFinder.Path path = f.find(p("a"), p("c"), 6, 1, WalkFilter.DEFAULT).paths().get(0);
        assertThat(path.hops()).extracting(PathFinder.Hop::forward).containsExactly(true, false);
        assertThat(path.hops().get(0).label()).isEqualTo("cites");
        assertThat(path.hops().get(1).label()).isEqualTo("cites of");
        assertThat(path.sentence()).isEqualTo("a — cites → b — cites of → c");
    }

    @Test
    void cycles_do_not_repeat_nodes_in_a_path() {
        PathFinder f = finder("p:a c:cites p:b . p:b c:cites p:c . p:c c:cites p:a .", PathFinder.Limits.DEFAULT);
        PathFinder.Result r = f.find(p("a"), p("c"), 6, 10, WalkFilter.DEFAULT);
        assertThat(keys(r)).containsExactly(List.of("a", "c"), List.of("a", "b", "c"));
    }

    @Test
    void two_relations_between_the_same_pair_make_one_hop_that_names_both() {
        PathFinder f = finder("p:a c:cites p:b . p:a <https://w3id.org/studygraph/ontology#buildsOn> p:b .", PathFinder.Limits.DEFAULT);
        PathFinder.Result r = f.find(p("a"), p("b"), 6, 5, WalkFilter.DEFAULT);
        assertThat(r.paths()).hasSize(1);
        assertThat(r.paths().get(0).hops().get(0).properties()).hasSize(2);
    }

    @Test
    void parts_of_the_graph_that_do_not_touch_are_not_connected() {
        PathFinder f = finder("p:a c:cites p:b . p:c c:cites p:d .", PathFinder.Limits.DEFAULT);
        PathFinder.Result r = f.find(p("a"), p("d"), 6, 3, WalkFilter.DEFAULT);
        assertThat(r.connected()).isFalse();
        assertThat(r.paths()).isEmpty();
        assertThat(r.message()).isEqualTo("No path of at most 6 hops");
    }

    @Test
    void a_path_longer_than_the_hop_limit_is_not_reported() {
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 9; i++) chain.append("p:n").append(i).append(" c:cites p:n").append(i + 1).append(" . ");
        PathFinder f = finder(chain.toString(), PathFinder.Limits.DEFAULT);
        assertThat(f.find(p("n0"), p("n9"), 8, 1, WalkFilter.DEFAULT).connected()).isFalse();
        assertThat(f.find(p("n0"), p("n9"), 9, 1, WalkFilter.DEFAULT).connected()).isTrue();
    }

    @Test
    void excluded_kinds_and_relations_are_not_walked() {
        PathFinder f = finder("p:a s:author person:x . p:b s:author person:x . p:a c:cites p:m . p:m c:cites p:b .", PathFinder.Limits.DEFAULT);
        assertThat(keys(f.find(p("a"), p("b"), 6, 1, WalkFilter.DEFAULT))).containsExactly(List.of("a", "x", "b"));
        WalkFilter noPeople = new WalkFilter(Set.of("person", "list", "section"), Set.of(), Set.of(), Set.of());
        assertThat(keys(f.find(p("a"), p("b"), 6, 1, noPeople))).containsExactly(List.of("a", "m", "b"));
        WalkFilter noCites = new WalkFilter(Set.of("list", "section"), Set.of(Vocab.CITES.getURI()), Set.of(), Set.of());
        assertThat(keys(f.find(p("a"), p("b"), 6, 5, noCites))).containsExactly(List.of("a", "x", "b"));
    }

    @Test
    void through_people_only_or_papers_only_keeps_what_lies_between_the_ends_to_those_kinds() {
        String video = Vocab.ID + "video/v", y = Vocab.ID + "person/y";
        String graph = "<" + video + "> <https://w3id.org/studygraph/ontology#explains> p:a . p:a s:author person:x . p:a c:cites p:b . "
                + "p:b s:author person:y . ";
        PathFinder f = finder(graph + "<" + video + "> <https://w3id.org/studygraph/ontology#presenter> person:x . person:x s:knows person:y .",
                PathFinder.Limits.DEFAULT);
        WalkFilter people = new WalkFilter(WalkFilter.DEFAULT.excludedKinds(), Set.of(), Set.of("person"), Set.of());
        WalkFilter papers = new WalkFilter(WalkFilter.DEFAULT.excludedKinds(), Set.of(), Set.of("paper", "book"), Set.of());
        // The ends are a video and a person: allowed as ends whatever the filter says of their kinds.
        assertThat(keys(f.find(video, y, 6, 1, people))).containsExactly(List.of("v", "x", "y"));
        assertThat(keys(f.find(video, y, 6, 1, papers))).containsExactly(List.of("v", "a", "b", "y"));
        WalkFilter noVideos = WalkFilter.DEFAULT.without("video", Set.of());
        assertThat(f.find(video, y, 6, 1, noVideos).connected()).isTrue();

        PathFinder withoutPresenter = finder(graph, PathFinder.Limits.DEFAULT);
        PathFinder.Result none = withoutPresenter.find(video, y, 6, 1, people);
        assertThat(none.connected()).isFalse();
        assertThat(none.message()).isEqualTo("No path of at most 6 hops passing only people");
    }

    @Test
    void reading_list_sections_do_not_count_as_connections_by_default() {
        PathFinder f = finder("sec:papers s:hasPart p:a , p:b .", PathFinder.Limits.DEFAULT);
        assertThat(f.find(p("a"), p("b"), 6, 1, WalkFilter.DEFAULT).connected()).isFalse();
        WalkFilter everything = new WalkFilter(Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(f.find(p("a"), p("b"), 6, 1, everything).connected()).isTrue();
    }

    @Test
    void a_hub_with_thousands_of_links_is_crossed_within_the_bounds() {
        StringBuilder hub = new StringBuilder();
        for (int i = 0; i < 3000; i++) hub.append("p:leaf").append(i).append(" c:cites p:hub . ");
        PathFinder f = finder(hub.toString(), new PathFinder.Limits(20_000, 5000, 10_000));
        PathFinder.Result r = f.find(p("leaf1"), p("leaf2999"), 4, 3, WalkFilter.DEFAULT);
        assertThat(keys(r)).containsExactly(List.of("leaf1", "hub", "leaf2999"));
    }

    @Test
    void a_large_graph_is_searched_only_as_far_as_the_node_budget() {
        StringBuilder grid = new StringBuilder();
        int n = 60;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i + 1 < n) grid.append("p:g").append(i).append('_').append(j).append(" c:cites p:g").append(i + 1).append('_').append(j).append(" . ");
                if (j + 1 < n) grid.append("p:g").append(i).append('_').append(j).append(" c:cites p:g").append(i).append('_').append(j + 1).append(" . ");
            }
        }
        PathFinder f = finder(grid.toString(), new PathFinder.Limits(200, 10, 5_000));
        // Opposite corners are 118 hops apart; with a 200-node budget the walk stops early and says so.
        PathFinder.Result far = f.find(p("g0_0"), p("g59_59"), 8, 3, WalkFilter.DEFAULT);
        assertThat(far.connected()).isFalse();
        assertThat(far.message()).isEqualTo("No path of at most 8 hops");
        // Near neighbours are still found within the budget, every path of the shortest length first.
        PathFinder.Result near = f.find(p("g0_0"), p("g1_1"), 8, 2, WalkFilter.DEFAULT);
        assertThat(near.paths()).hasSize(2).allSatisfy(path -> assertThat(path.hops()).hasSize(2));
        // Six hops apart, but the walks may only visit ten entities: the answer says the budget ran out.
        PathFinder tight = new PathFinder(store, new EntityService(store), new PathFinder.Limits(10, 10, 5_000));
        PathFinder.Result spent = tight.find(p("g0_0"), p("g3_3"), 8, 1, WalkFilter.DEFAULT);
        assertThat(spent.connected()).isFalse();
        assertThat(spent.message()).isEqualTo("No path of at most 8 hops found within the budget of 10 entities visited");
    }
}
