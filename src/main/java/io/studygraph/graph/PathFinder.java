package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shortest ways two entities are connected, over every kind of relation and in both
 * directions, each hop said in words: paths of the shortest length first, then (when fewer than
 * asked for) those one hop longer. A bidirectional search finds the shortest paths where the two
 * searches meet; only the longer ones need both ends walked further. Work is bounded: the walks visit at
 * most {@link Limits#maxNodes} entities and read at most {@link Limits#maxEdgesPerNode} relations of
 * any one (so hubs cannot explode), and the enumeration of paths takes a bounded number of steps.
 *
 * <pre>{@code
 * PathFinder.Result r = finder.find(kilcher, improvedDdpm, 6, 3, WalkFilter.DEFAULT);
 * r.paths().get(0).sentence(); // "Yannic Kilcher — presents → DDPM - Diffusion ... — explains → ..."
 * }</pre>
 */
public final class PathFinder {

    public record Limits(int maxNodes, int maxEdgesPerNode, int maxSteps) {
        public static final Limits DEFAULT = new Limits(20_000, 500, 200_000);
    }

    /** One hop; {@code forward} when the relation is stated in the direction walked. */
    public record Hop(String from, String to, List<String> properties, String label, boolean forward) {}

    public record Path(List<EntityView.Ref> nodes, List<Hop> hops, String sentence) {}

    /** {@code connected} is false when no path of at most {@code maxHops} hops was found. */
    public record Result(String from, String to, int maxHops, boolean connected, List<Path> paths) {}

    private final Store store;
    private final EntityService entities;
    private final Limits limits;

    public PathFinder(Store store, EntityService entities, Limits limits) {
        this.store = store;
        this.entities = entities;
        this.limits = limits;
    }

    public Result find(String from, String to, int maxHops, int k, WalkFilter filter) {
        // The search reads the graph hop by hop; one snapshot keeps every path it finds a real one.
        return store.read(() -> search(from, to, maxHops, k, filter));
    }

    private Result search(String from, String to, int maxHops, int k, WalkFilter filter) {
        Adjacency adjacency = new Adjacency(store, filter, limits.maxNodes() * 4);
        Map<String, Map<String, List<Edge>>> graph = new HashMap<>();
        List<List<String>> found = new ArrayList<>();
        Meeting meeting = meet(from, to, maxHops, adjacency, graph);
        if (meeting != null) {
            int[] steps = {0};
            shortestPaths(new ArrayList<>(List.of(from)), to, meeting, k, graph, found, steps);
            if (found.size() < k && meeting.length() < maxHops) {
                // Fewer shortest paths than asked for: walk both ends one hop further for the next length.
                int longer = meeting.length() + 1;
                Map<String, Integer> toTarget = walk(to, longer, adjacency, graph);
                walk(from, longer, adjacency, graph);
                extend(new ArrayList<>(List.of(from)), to, longer, k, graph, toTarget, found, steps);
            }
        }
        List<Path> paths = describe(found, graph);
        return new Result(from, to, maxHops, !paths.isEmpty(), paths);
    }

    /** Where the two searches met: distances from each end, how far each went, and the shortest length. */
    private record Meeting(Map<String, Integer> fromSource, Map<String, Integer> fromTarget, int sourceDepth, int length) {}

    /**
     * Breadth-first from both ends at once, always growing the smaller frontier, until the two
     * meet; null when they do not within the hop limit or the node budget.
     */
    private Meeting meet(String from, String to, int maxHops, Adjacency adjacency, Map<String, Map<String, List<Edge>>> graph) {
        Map<String, Integer> a = new HashMap<>(Map.of(from, 0));
        Map<String, Integer> b = new HashMap<>(Map.of(to, 0));
        if (from.equals(to)) return new Meeting(a, b, 0, 0);
        Set<String> frontierA = Set.of(from);
        Set<String> frontierB = Set.of(to);
        int depthA = 0;
        int depthB = 0;
        while (depthA + depthB < maxHops && !frontierA.isEmpty() && !frontierB.isEmpty() && a.size() + b.size() < limits.maxNodes()) {
            boolean growA = frontierA.size() <= frontierB.size();
            Set<String> next = expand(growA ? frontierA : frontierB, growA ? a : b, (growA ? depthA : depthB) + 1, adjacency, graph);
            if (growA) {
                frontierA = next;
                depthA++;
            } else {
                frontierB = next;
                depthB++;
            }
            Set<String> met = next.stream().filter(n -> a.containsKey(n) && b.containsKey(n)).collect(Collectors.toSet());
            if (!met.isEmpty()) {
                // The meeting nodes sit on the newest frontier, not yet read: read them, the paths pass through.
                read(met, adjacency, graph);
                return new Meeting(a, b, depthA, depthA + depthB);
            }
        }
        return null;
    }

    /**
     * Every path of the shortest length, up to {@code k}: on such a path the i-th node is i hops
     * from the source while within the source's search, and length − i hops from the target after.
     */
    private void shortestPaths(List<String> path, String target, Meeting m, int k, Map<String, Map<String, List<Edge>>> graph,
                               List<List<String>> found, int[] steps) {
        if (found.size() >= k || ++steps[0] > limits.maxSteps()) return;
        String last = path.get(path.size() - 1);
        int i = path.size() - 1;
        if (i == m.length()) {
            if (last.equals(target)) found.add(List.copyOf(path));
            return;
        }
        Map<String, List<Edge>> next = graph.get(last);
        if (next == null) return;
        for (String neighbour : next.keySet()) {
            boolean onTrack = i + 1 <= m.sourceDepth()
                    ? Integer.valueOf(i + 1).equals(m.fromSource().get(neighbour))
                    : Integer.valueOf(m.length() - i - 1).equals(m.fromTarget().get(neighbour));
            if (!onTrack || path.contains(neighbour)) continue;
            path.add(neighbour);
            shortestPaths(path, target, m, k, graph, found, steps);
            path.remove(path.size() - 1);
            if (found.size() >= k) return;
        }
    }

    private Set<String> expand(Set<String> frontier, Map<String, Integer> distance, int depth, Adjacency adjacency,
                               Map<String, Map<String, List<Edge>>> graph) {
        read(frontier, adjacency, graph);
        Set<String> next = new LinkedHashSet<>();
        for (String node : frontier) {
            for (String neighbour : graph.get(node).keySet()) {
                if (distance.putIfAbsent(neighbour, depth) == null) next.add(neighbour);
            }
        }
        return next;
    }

    /**
     * Breadth-first distances from {@code start}, recording each expanded node's neighbours
     * (one entry per neighbour, with every relation between the two).
     */
    private Map<String, Integer> walk(String start, int maxHops, Adjacency adjacency, Map<String, Map<String, List<Edge>>> graph) {
        Map<String, Integer> distance = new HashMap<>(Map.of(start, 0));
        Set<String> frontier = Set.of(start);
        for (int depth = 0; depth < maxHops && !frontier.isEmpty() && distance.size() < limits.maxNodes(); depth++) {
            frontier = expand(frontier, distance, depth + 1, adjacency, graph);
        }
        return distance;
    }

    /** Reads the relations of the nodes not read yet, in one batched query. */
    private void read(Set<String> nodes, Adjacency adjacency, Map<String, Map<String, List<Edge>>> graph) {
        Set<String> toRead = nodes.stream().filter(n -> !graph.containsKey(n)).collect(Collectors.toSet());
        Map<String, List<Edge>> edges = adjacency.edges(toRead);
        for (String node : toRead) graph.put(node, neighbours(node, edges.getOrDefault(node, List.of())));
    }

    private Map<String, List<Edge>> neighbours(String node, List<Edge> edges) {
        Map<String, List<Edge>> byNeighbour = new LinkedHashMap<>();
        for (Edge e : edges) {
            String other = e.other(node);
            if (byNeighbour.size() >= limits.maxEdgesPerNode() && !byNeighbour.containsKey(other)) continue;
            byNeighbour.computeIfAbsent(other, x -> new ArrayList<>()).add(e);
        }
        return byNeighbour;
    }

    /** Depth-first: simple paths of exactly {@code length} hops, pruned by the distance to the target. */
    private void extend(List<String> path, String target, int length, int k, Map<String, Map<String, List<Edge>>> graph,
                        Map<String, Integer> toTarget, List<List<String>> found, int[] steps) {
        if (found.size() >= k || ++steps[0] > limits.maxSteps()) return;
        String last = path.get(path.size() - 1);
        int used = path.size() - 1;
        if (last.equals(target)) {
            if (used == length) found.add(List.copyOf(path));
            return;
        }
        Map<String, List<Edge>> next = graph.get(last);
        if (next == null) return;
        for (String neighbour : next.keySet()) {
            Integer remaining = toTarget.get(neighbour);
            if (remaining == null || used + 1 + remaining > length || path.contains(neighbour)) continue;
            path.add(neighbour);
            extend(path, target, length, k, graph, toTarget, found, steps);
            path.remove(path.size() - 1);
            if (found.size() >= k) return;
        }
    }

    private List<Path> describe(List<List<String>> found, Map<String, Map<String, List<Edge>>> graph) {
        Collection<String> iris = found.stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, EntityView.Ref> refs = new HashMap<>();
        entities.refs(iris).forEach(r -> refs.put(r.iri(), r));
        Labels labels = entities.labels();
        List<Path> paths = new ArrayList<>();
        for (List<String> nodes : found) {
            List<Hop> hops = new ArrayList<>();
            StringBuilder sentence = new StringBuilder(label(refs, nodes.get(0)));
            for (int i = 0; i + 1 < nodes.size(); i++) {
                String a = nodes.get(i), b = nodes.get(i + 1);
                List<Edge> edges = graph.get(a).get(b);
                boolean forward = edges.get(0).forwardFrom(a);
                String words = edges.stream().map(e -> e.forwardFrom(a) ? labels.forward(e.property()) : labels.inverse(e.property()))
                        .distinct().collect(Collectors.joining(" / "));
                hops.add(new Hop(a, b, edges.stream().map(Edge::property).distinct().toList(), words, forward));
                sentence.append(" — ").append(words).append(" → ").append(label(refs, b));
            }
            paths.add(new Path(nodes.stream().map(n -> refs.getOrDefault(n, new EntityView.Ref(n, Labels.humanise(n), Adjacency.kindOf(n)))).toList(),
                    hops, sentence.toString()));
        }
        return paths;
    }

    private static String label(Map<String, EntityView.Ref> refs, String iri) {
        EntityView.Ref r = refs.get(iri);
        return r != null ? r.label() : Labels.humanise(iri);
    }
}
