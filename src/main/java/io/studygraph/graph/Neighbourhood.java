package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The entities around one, as Cytoscape elements: breadth-first to a depth, at most {@code budget}
 * entities in all and {@code limit} relations shown per entity, with the number left over per
 * entity ("show more"), so a hub does not flood the view. At each hop the frontier's relations
 * are taken most important far end first, importance being how many statements name that end
 * as their object (a paper's citations, a person's works, a concept's mentions): a depth-2 view
 * of a hub shows its most cited neighbours and theirs. Reads are bound lookups of the entities
 * touched, so the cost follows the answer, not the size of the graph.
 *
 * <pre>{@code
 * Elements view = neighbourhood.around(paper, 2, 25, 200, WalkFilter.DEFAULT);
 * }</pre>
 */
public final class Neighbourhood {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_BUDGET = 200;
    public static final int MAX_BUDGET = 1000;
    /** Statements read per entity and direction at most: a hub's links past these are neither shown nor counted. */
    static final int MAX_READ = 2000;
    /**
     * Statements read per entity and direction for each relation it may show: enough to choose the
     * most important of them, not every link of a hub. The rest are counted, not read.
     */
    static final int READ_PER_SHOWN = 8;
    /** Importance is counted no further: past it every hub ranks alike, and counting costs no more. */
    static final int IMPORTANCE_CAP = 50;

    /** A node: its IRI, label, kind and {@code sg:importance} (0 to 1), by which graphs size it. */
    public record NodeData(String id, String label, String kind, double importance) {}

    public record EdgeData(String id, String source, String target, String property, String label) {}

    public record Element<T>(T data) {}

    /** Cytoscape's elements, plus per entity how many relations were left out. */
    public record Elements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges, Map<String, Integer> more) {}

    private final Store store;
    private final EntityService entities;
    private final Importance centrality;

    public Neighbourhood(Store store, EntityService entities) {
        this(store, entities, new Importance(store));
    }

    public Neighbourhood(Store store, EntityService entities, Importance centrality) {
        this.store = store;
        this.entities = entities;
        this.centrality = centrality;
    }

    /** How many statements of one entity a view with this limit and budget reads each way. */
    static int readBound(int limit, int budget) {
        return (int) Math.min(MAX_READ, (long) READ_PER_SHOWN * Math.min(limit, budget));
    }

    /** {@link #around(String, int, int, int, WalkFilter)} with the default budget. */
    public Elements around(String iri, int depth, int limit, WalkFilter filter) {
        return around(iri, depth, limit, DEFAULT_BUDGET, filter);
    }

    public Elements around(String iri, int depth, int limit, int budget, WalkFilter filter) {
        if (budget < 1 || budget > MAX_BUDGET) throw new IllegalArgumentException("budget must be from 1 to " + MAX_BUDGET + ", not " + budget);
        // Every lookup reads one state, so no edge leads to a node another state dropped.
        return Lookup.read(store, entities.cache(), lookup -> walk(lookup, new Adjacency(lookup, filter, MAX_READ), iri, depth, limit, budget));
    }

    /** One relation of a frontier entity, as the walk weighs it. */
    private record Candidate(String from, Edge edge, String other) {}

    private Elements walk(Lookup lookup, Adjacency adjacency, String iri, int depth, int limit, int budget) {
        Set<String> nodes = new LinkedHashSet<>(List.of(iri));
        Set<Edge> edges = new LinkedHashSet<>();
        Set<Edge> seen = new HashSet<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        List<String> frontier = List.of(iri);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<Candidate> pool = new ArrayList<>();
            for (String node : frontier) {
                Adjacency.Read read = adjacency.edges(node, readBound(limit, budget));
                if (read.unread() > 0) more.merge(node, read.unread(), Integer::sum);
                for (Edge e : read.edges()) if (seen.add(e)) pool.add(new Candidate(node, e, e.other(node)));
            }
            rank(pool, nodes, limit, budget, adjacency);
            Map<String, Integer> shown = new HashMap<>();
            List<String> next = new ArrayList<>();
            for (Candidate c : pool) {
                boolean isNew = !nodes.contains(c.other());
                if (shown.getOrDefault(c.from(), 0) >= limit || isNew && nodes.size() >= budget) {
                    more.merge(c.from(), 1, Integer::sum);
                    continue;
                }
                shown.merge(c.from(), 1, Integer::sum);
                edges.add(c.edge());
                if (isNew) {
                    nodes.add(c.other());
                    next.add(c.other());
                }
            }
            frontier = next;
        }
        return elements(lookup.refs(nodes), nodes, List.copyOf(edges), more);
    }

    /**
     * Orders the pool most important far end first. Importance is only read when something must
     * be left out (more new entities than the budget has room for, or an entity over its limit):
     * when all fit, the order does not change the answer, and the lookups would be wasted.
     */
    private static void rank(List<Candidate> pool, Set<String> nodes, int limit, int budget, Adjacency adjacency) {
        Comparator<Candidate> stable = Comparator.comparing((Candidate c) -> c.edge().property()).thenComparing(Candidate::other);
        pool.sort(stable);
        Map<String, Long> perNode = new HashMap<>();
        Set<String> fresh = new LinkedHashSet<>();
        for (Candidate c : pool) {
            perNode.merge(c.from(), 1L, Long::sum);
            if (!nodes.contains(c.other())) fresh.add(c.other());
        }
        int room = budget - nodes.size();
        boolean allFit = fresh.size() <= room && perNode.values().stream().allMatch(n -> n <= limit);
        if (allFit) return;
        Map<String, Integer> importance = importance(pool, nodes, room, adjacency);
        pool.sort(Comparator.comparing((Candidate c) -> -importance.get(c.other())).thenComparing(stable));
    }

    /**
     * The importance of each candidate's far end, read in the pool's stable order. The best
     * {@code room} new entities so far set a cut-off: a later new one enters only by beating it
     * (ties go to the earlier), so it is counted no further than one past the cut-off, and not
     * at all once the cut-off is the cap, where nothing can beat it. A count that stopped short
     * of the cap is exact; entities not counted rank last, as what the budget leaves out.
     * Entities already shown need no room and are always counted.
     */
    private static Map<String, Integer> importance(List<Candidate> pool, Set<String> nodes, int room, Adjacency adjacency) {
        Map<String, Integer> importance = new HashMap<>();
        PriorityQueue<Integer> best = new PriorityQueue<>();
        for (Candidate c : pool) {
            String other = c.other();
            if (importance.containsKey(other)) continue;
            if (nodes.contains(other)) {
                importance.put(other, adjacency.importance(other, IMPORTANCE_CAP));
                continue;
            }
            int cutOff = best.size() < room ? -1 : room > 0 ? best.peek() : IMPORTANCE_CAP;
            if (cutOff >= IMPORTANCE_CAP) {
                importance.put(other, -1);
                continue;
            }
            // Counted to one past the cut-off first: most of a hub's neighbours stop there.
            int n = cutOff < 0 ? IMPORTANCE_CAP : adjacency.importance(other, cutOff + 1);
            if (n > cutOff) {
                n = adjacency.importance(other, IMPORTANCE_CAP);
                best.add(n);
                if (best.size() > room) best.poll();
            }
            importance.put(other, n);
        }
        return importance;
    }

    private Elements elements(Map<String, EntityView.Ref> refs, Set<String> nodes, List<Edge> shown, Map<String, Integer> more) {
        List<Element<NodeData>> nodeElements = nodes.stream().map(refs::get)
                .map(r -> new Element<>(new NodeData(r.iri(), r.label(), r.kind(), centrality.of(r.iri())))).toList();
        Labels labels = entities.labels();
        List<Element<EdgeData>> edgeElements = IntStream.range(0, shown.size()).mapToObj(i -> {
            Edge e = shown.get(i);
            return new Element<>(new EdgeData("e" + i, e.subject(), e.object(), e.property(), labels.forward(e.property())));
        }).toList();
        return new Elements(nodeElements, edgeElements, more);
    }
}
