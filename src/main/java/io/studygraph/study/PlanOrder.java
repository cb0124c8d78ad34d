package io.studygraph.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The ordering behind a reading plan, over an abstract graph: nodes {@code 0..n-1} and prerequisite
 * edges (before → after). Knows nothing of RDF, so it can be tested on generated graphs.
 *
 * <p>Cycles are found as strongly connected components (Tarjan) and broken by keeping the strongest
 * edges first, then the edges whose prerequisite comes first by the caller's key; an edge that would
 * close a cycle among those kept is dropped and reported. The acyclic rest is ordered topologically,
 * ties broken by importance (how many nodes transitively depend on a node, more first) and then by
 * the key. An introduction edge puts its source right before its target where the graph allows.
 *
 * <pre>{@code
 * PlanOrder.Result r = PlanOrder.order(3, List.of(new PlanOrder.Edge(0, 2, 1, false)), Comparator.naturalOrder());
 * r.order(); // [0, 1, 2]
 * }</pre>
 */
public final class PlanOrder {
    /** {@code before} must come before {@code after}; {@code strength} decides which edge of a cycle stays. */
    public record Edge(int before, int after, int strength, boolean intro) {}

    /** A node moved (or pinned) to a 1-based position of the order. */
    public record Move(int node, int position) {}

    /**
     * The order, each node's importance, the edges kept and those dropped to break cycles, and the
     * cycles themselves (each a strongly connected component, its nodes in key order).
     */
    public record Result(List<Integer> order, List<Integer> importance, List<Edge> kept, List<Edge> dropped,
            List<List<Integer>> cycles) {}

    /**
     * Above this many steps (edges inside cycles × the size of their tangle), cycles are broken by
     * the key alone rather than edge by edge; real lists stay far below it.
     */
    static final long GREEDY_WORK = 20_000_000L;

    private PlanOrder() {}

    /** Orders nodes {@code 0..n-1}; {@code key} is the last tie-break (date, then IRI) and must be total. */
    public static Result order(int n, Collection<Edge> edges, Comparator<Integer> key) {
        List<Edge> all = edges.stream().filter(e -> e.before() != e.after()).toList();
        int[] comp = Components.of(n, all);
        List<Edge> kept = new ArrayList<>();
        List<Edge> dropped = new ArrayList<>();
        breakCycles(n, all, comp, key, kept, dropped);
        int[] importance = importance(n, kept);
        Comparator<Integer> priority = Comparator.<Integer>comparingInt(i -> -importance[i]).thenComparing(key);
        List<Integer> order = topological(n, kept, priority);
        return new Result(List.copyOf(order), Arrays.stream(importance).boxed().toList(), List.copyOf(kept),
                List.copyOf(dropped), cycles(n, comp, key));
    }

    /** The order after the moves, applied one after the other; other nodes keep their relative order. */
    public static List<Integer> move(List<Integer> order, List<Move> moves) {
        List<Integer> out = new ArrayList<>(order);
        for (Move m : moves) {
            if (m.position() < 1) throw new IllegalArgumentException("A plan position starts at 1, not " + m.position());
            if (!out.remove(Integer.valueOf(m.node()))) continue;
            out.add(Math.min(m.position(), out.size() + 1) - 1, m.node());
        }
        return List.copyOf(out);
    }

    /** The edges an order breaks: those whose prerequisite comes after its dependant. */
    public static List<Edge> broken(List<Integer> order, Collection<Edge> edges) {
        int[] pos = positions(order);
        return edges.stream().filter(e -> pos[e.before()] > pos[e.after()]).toList();
    }

    static int[] positions(List<Integer> order) {
        int[] pos = new int[order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int i = 0; i < order.size(); i++) pos[order.get(i)] = i;
        return pos;
    }

    private static void breakCycles(int n, List<Edge> all, int[] comp, Comparator<Integer> key, List<Edge> kept,
            List<Edge> dropped) {
        List<Edge> inside = new ArrayList<>();
        for (Edge e : all) (comp[e.before()] == comp[e.after()] ? inside : kept).add(e);
        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[comp[i]]++;
        long work = 0;
        for (Edge e : inside) work += size[comp[e.before()]];
        if (work > GREEDY_WORK) {
            // A tangle this large (thousands of items citing in circles) would take the greedy walk
            // minutes; the key (oldest first) decides instead: what goes back in time is dropped.
            for (Edge e : inside) (key.compare(e.before(), e.after()) < 0 ? kept : dropped).add(e);
            return;
        }
        inside.sort(Comparator.comparingInt((Edge e) -> -e.strength()).thenComparing(Edge::before, key)
                .thenComparing(Edge::after, key));
        // Kept edges inside components only: a cycle never leaves its component.
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (Edge e : inside) {
            if (reaches(out, comp, e.after(), e.before())) {
                dropped.add(e);
            } else {
                out.get(e.before()).add(e.after());
                kept.add(e);
            }
        }
    }

    private static boolean reaches(List<List<Integer>> out, int[] comp, int from, int to) {
        BitSet seen = new BitSet();
        ArrayList<Integer> stack = new ArrayList<>(List.of(from));
        while (!stack.isEmpty()) {
            int u = stack.remove(stack.size() - 1);
            if (u == to) return true;
            if (seen.get(u)) continue;
            seen.set(u);
            for (int v : out.get(u)) if (comp[v] == comp[from] && !seen.get(v)) stack.add(v);
        }
        return false;
    }

    /**
     * How many nodes transitively depend on each node, exactly. Descendant sets are propagated as
     * bit masks for 256 nodes at a time, in reverse topological order, so memory stays linear; a
     * block's nodes have ancestors only earlier in the order, so each pass stops at the block's end.
     */
    static int[] importance(int n, List<Edge> dag) {
        List<Integer> topo = topological(n, dag, Comparator.naturalOrder());
        int[] pos = positions(topo);
        int[][] succ = adjacency(n, dag);
        int[][] later = new int[n][];
        for (int t = 0; t < n; t++) later[t] = Arrays.stream(succ[topo.get(t)]).map(v -> pos[v]).toArray();
        int[] count = new int[n];
        long[] mask = new long[n * WORDS];
        for (int block = 0; block < n; block += 64 * WORDS) {
            int end = Math.min(n, block + 64 * WORDS);
            // Positions at or past the block's end were never written: their masks are still empty.
            for (int t = end - 1; t >= 0; t--) {
                int base = t * WORDS;
                Arrays.fill(mask, base, base + WORDS, 0L);
                boolean self = t >= block;
                if (self) mask[base + (t - block) / 64] = 1L << ((t - block) % 64);
                for (int v : later[t]) {
                    if (v >= end) continue;
                    for (int w = 0; w < WORDS; w++) mask[base + w] |= mask[v * WORDS + w];
                }
                int bits = 0;
                for (int w = 0; w < WORDS; w++) bits += Long.bitCount(mask[base + w]);
                count[topo.get(t)] += bits - (self ? 1 : 0);
            }
        }
        return count;
    }

    private static final int WORDS = 4;

    /**
     * Kahn's algorithm with a priority queue. An introduction is anchored to the first node it
     * introduces (by priority): it is held back once ready and placed right before that node. If
     * the node comes up while its introduction still waits for something, the introduction is
     * detached and takes its own place; so is a held one when holding it would stall the order.
     */
    private static List<Integer> topological(int n, List<Edge> dag, Comparator<Integer> priority) {
        int[][] succ = adjacency(n, dag);
        int[] anchor = new int[n];
        Arrays.fill(anchor, -1);
        for (Edge e : dag) {
            if (e.intro() && (anchor[e.before()] < 0 || priority.compare(e.after(), anchor[e.before()]) < 0)) {
                anchor[e.before()] = e.after();
            }
        }
        // What each node waits for, not counting the introductions anchored to it.
        int[] waiting = new int[n];
        List<List<Integer>> introsOf = new ArrayList<>();
        for (int i = 0; i < n; i++) introsOf.add(new ArrayList<>());
        for (int u = 0; u < n; u++) {
            for (int v : succ[u]) if (anchor[u] != v) waiting[v]++;
            if (anchor[u] >= 0) introsOf.get(anchor[u]).add(u);
        }
        introsOf.forEach(l -> l.sort(priority));
        Placing p = new Placing(n, succ, anchor, waiting, introsOf, priority);
        for (int i = 0; i < n; i++) if (waiting[i] == 0) p.ready(i);
        while (p.order.size() < n) {
            if (p.queue.isEmpty()) p.releaseHeld();
            int u = p.queue.poll();
            if (p.placed[u] || waiting[u] > 0) continue;
            List<Integer> notReady = p.intros(u).stream().filter(v -> !p.held[v] || !p.introsReady(v)).toList();
            if (notReady.isEmpty()) p.placeWithIntros(u);
            else notReady.forEach(p::detach);
        }
        return p.order;
    }

    /** The state of one topological walk. */
    private static final class Placing {
        final int[][] succ;
        final int[] anchor;
        final int[] waiting;
        final boolean[] placed;
        final boolean[] held;
        final PriorityQueue<Integer> queue;
        final List<Integer> order;
        final List<List<Integer>> introsOf;

        Placing(int n, int[][] succ, int[] anchor, int[] waiting, List<List<Integer>> introsOf, Comparator<Integer> priority) {
            this.succ = succ;
            this.introsOf = introsOf;
            this.anchor = anchor;
            this.waiting = waiting;
            this.placed = new boolean[n];
            this.held = new boolean[n];
            this.queue = new PriorityQueue<>(priority);
            this.order = new ArrayList<>(n);
        }

        /** The introductions still anchored to {@code u} and not placed, in priority order. */
        List<Integer> intros(int u) {
            return introsOf.get(u).stream().filter(v -> !placed[v] && anchor[v] == u).toList();
        }

        /** An introduction may introduce another: all of them, all the way down, are held and ready. */
        boolean introsReady(int u) {
            return intros(u).stream().allMatch(v -> held[v] && introsReady(v));
        }

        void placeWithIntros(int u) {
            intros(u).forEach(this::placeWithIntros);
            place(u);
        }

        void ready(int u) {
            if (anchor[u] >= 0) held[u] = true;
            else queue.add(u);
        }

        void place(int u) {
            placed[u] = true;
            held[u] = false;
            order.add(u);
            for (int v : succ[u]) {
                if (anchor[u] != v && --waiting[v] == 0 && !placed[v]) ready(v);
            }
        }

        /** The introduction no longer sits beside its anchor: the anchor now waits for it as for any prerequisite. */
        void detach(int v) {
            waiting[anchor[v]]++;
            anchor[v] = -1;
            if (held[v]) {
                held[v] = false;
                queue.add(v);
            }
        }

        void releaseHeld() {
            boolean any = false;
            for (int i = 0; i < held.length; i++) {
                if (held[i]) {
                    detach(i);
                    any = true;
                }
            }
            if (!any) throw new IllegalStateException("The plan's graph still has a cycle");
        }
    }

    /** Successors of each node, each once: two relations between the same pair are one constraint. */
    private static int[][] adjacency(int n, List<Edge> edges) {
        List<java.util.Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new java.util.LinkedHashSet<>());
        for (Edge e : edges) out.get(e.before()).add(e.after());
        int[][] succ = new int[n][];
        for (int i = 0; i < n; i++) succ[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
        return succ;
    }

    private static List<List<Integer>> cycles(int n, int[] comp, Comparator<Integer> key) {
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) members.add(new ArrayList<>());
        for (int i = 0; i < n; i++) members.get(comp[i]).add(i);
        return members.stream().filter(m -> m.size() > 1).map(m -> m.stream().sorted(key).toList())
                .sorted(Comparator.comparing((List<Integer> m) -> m.get(0), key)).toList();
    }
}
