package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.study.PlanOrder.Edge;
import io.studygraph.study.PlanOrder.Move;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanOrderTest {
    private static final Comparator<Integer> KEY = Comparator.naturalOrder();

    /** A random DAG over a shuffled hidden order, plus a few back edges that make cycles. */
    private static List<Edge> randomGraph(Random random, int n) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < n; i++) hidden.add(i);
        Collections.shuffle(hidden, random);
        List<Edge> edges = new ArrayList<>();
        int count = random.nextInt(2 * n + 1);
        for (int k = 0; k < count && n > 1; k++) {
            int a = random.nextInt(n), b = random.nextInt(n);
            if (a == b) continue;
            int before = hidden.get(Math.min(a, b)), after = hidden.get(Math.max(a, b));
            edges.add(new Edge(before, after, random.nextInt(3), random.nextInt(6) == 0));
        }
        int back = n > 1 ? random.nextInt(4) : 0;
        for (int k = 0; k < back; k++) {
            int a = random.nextInt(n), b = random.nextInt(n);
            if (a != b) edges.add(new Edge(hidden.get(Math.max(a, b)), hidden.get(Math.min(a, b)), random.nextInt(3), false));
        }
        return edges;
    }

    @Test
    void random_graphs_with_back_edges_are_ordered_respecting_every_edge_not_dropped_for_a_cycle() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(60);
            List<Edge> edges = randomGraph(random, n);
            PlanOrder.Result r = PlanOrder.order(n, edges, KEY);

            assertThat(r.order()).as("round %d: every node once", round).containsExactlyInAnyOrderElementsOf(range(n));
            assertThat(PlanOrder.broken(r.order(), r.kept())).as("round %d: kept edges respected", round).isEmpty();
            assertThat(r.kept().size() + r.dropped().size()).isEqualTo(edges.size());
            // Each dropped edge closes a cycle among the kept ones, so dropping it was necessary.
            for (Edge d : r.dropped()) {
                assertThat(reaches(n, r.kept(), d.after(), d.before())).as("round %d: %s closes a cycle", round, d).isTrue();
                assertThat(r.cycles()).anySatisfy(c -> assertThat(c).contains(d.before(), d.after()));
            }
            assertThat(r.dropped().isEmpty()).isEqualTo(r.cycles().isEmpty());
            for (int u = 0; u < n; u++) {
                int dependants = 0;
                for (int v = 0; v < n; v++) if (v != u && reaches(n, r.kept(), u, v)) dependants++;
                assertThat(r.importance().get(u)).as("round %d: importance of %d", round, u).isEqualTo(dependants);
            }
            assertThat(PlanOrder.order(n, new ArrayList<>(edges), KEY)).as("deterministic").isEqualTo(r);
        }
    }

    @Test
    void moves_report_exactly_the_edges_they_violate() {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(60);
            PlanOrder.Result r = PlanOrder.order(n, randomGraph(random, n), KEY);
            List<Move> moves = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) moves.add(new Move(random.nextInt(n), 1 + random.nextInt(n + 2)));
            List<Integer> moved = PlanOrder.move(r.order(), moves);

            assertThat(moved).containsExactlyInAnyOrderElementsOf(range(n));
            for (Move m : moves.isEmpty() ? List.<Move>of() : List.of(moves.get(moves.size() - 1))) {
                assertThat(moved.indexOf(m.node())).isEqualTo(Math.min(m.position(), n) - 1);
            }
            Set<Edge> expected = new HashSet<>();
            for (Edge e : r.kept()) if (moved.indexOf(e.before()) > moved.indexOf(e.after())) expected.add(e);
            assertThat(new HashSet<>(PlanOrder.broken(moved, r.kept()))).isEqualTo(expected);
        }
    }

    @Test
    void ties_break_by_importance_then_key() {
        // 3 is needed by two nodes, 0 by none: 3 comes first though its key is larger.
        PlanOrder.Result r = PlanOrder.order(4, List.of(new Edge(3, 1, 1, false), new Edge(3, 2, 1, false)), KEY);
        assertThat(r.order()).containsExactly(3, 0, 1, 2);
        assertThat(r.importance()).containsExactly(0, 0, 0, 2);
    }

    @Test
    void an_introduction_sits_right_before_what_it_introduces() {
        // 0 is an important chain head; the introduction 3 of node 2 must come right before 2, not first.
        List<Edge> edges = List.of(new Edge(0, 1, 1, false), new Edge(1, 2, 1, false), new Edge(3, 2, 1, true));
        assertThat(PlanOrder.order(4, edges, KEY).order()).containsExactly(0, 1, 3, 2);
    }

    @Test
    void a_two_cycle_keeps_the_stronger_edge_and_else_the_earlier_key_first() {
        PlanOrder.Result tie = PlanOrder.order(2, List.of(new Edge(1, 0, 1, false), new Edge(0, 1, 1, false)), KEY);
        assertThat(tie.order()).containsExactly(0, 1);
        assertThat(tie.dropped()).containsExactly(new Edge(1, 0, 1, false));
        assertThat(tie.cycles()).containsExactly(List.of(0, 1));

        PlanOrder.Result strong = PlanOrder.order(2, List.of(new Edge(1, 0, 2, false), new Edge(0, 1, 0, false)), KEY);
        assertThat(strong.order()).containsExactly(1, 0);
    }

    @Test
    void importance_is_exact_when_the_graph_spans_several_bit_blocks() {
        Random random = new Random(3L);
        int n = 700;
        List<Edge> edges = new ArrayList<>();
        for (int k = 0; k < 1400; k++) {
            int a = random.nextInt(n), b = random.nextInt(n);
            if (a != b) edges.add(new Edge(Math.min(a, b), Math.max(a, b), 1, false));
        }
        PlanOrder.Result r = PlanOrder.order(n, edges, KEY);
        for (int u = 0; u < n; u += 7) {
            int dependants = 0;
            for (int v = 0; v < n; v++) if (v != u && reaches(n, edges, u, v)) dependants++;
            assertThat(r.importance().get(u)).as("importance of %d", u).isEqualTo(dependants);
        }
    }

    @Test
    void a_tangle_too_large_for_the_greedy_walk_is_broken_by_the_key_and_still_reported() {
        // A ring of 6000 items with a chord from each: one component far above the greedy budget.
        int n = 6000;
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new Edge(i, (i + 1) % n, 1, false));
            edges.add(new Edge(i, (i + 37) % n, 1, false));
        }
        PlanOrder.Result r = PlanOrder.order(n, edges, KEY);
        assertThat(PlanOrder.broken(r.order(), r.kept())).isEmpty();
        assertThat(r.dropped()).isNotEmpty().allSatisfy(e -> assertThat(e.before()).isGreaterThan(e.after()));
        assertThat(r.cycles()).hasSize(1);
        assertThat(r.order()).isEqualTo(range(n));
    }

    private static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    private static boolean reaches(int n, List<Edge> edges, int from, int to) {
        Set<Integer> seen = new HashSet<>(List.of(from));
        List<Integer> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            int u = todo.remove(todo.size() - 1);
            if (u == to) return true;
            for (Edge e : edges) if (e.before() == u && seen.add(e.after())) todo.add(e.after());
        }
        return false;
    }
}
