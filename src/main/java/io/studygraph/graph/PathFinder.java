package io.studygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
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
        public static final Limits DEFAULT = new Limits(5_000, 500, 200_000);
    }

    /** One hop; {@code forward} when the relation is stated in the direction walked. */
    public record Hop(String from, String to, List<String> properties, String label, boolean forward) {}

    public record Path(List<EntityView.Ref> nodes, List<Hop> hops, String sentence) {}

    /**
     * {@code connected} is false when no path of at most {@code maxHops} hops was found; then
     * {@code message} says whether the node budget ran out first (null when connected).
     */
    public record Result(String from, String to, int maxHops, boolean connected, List<Path> paths, String message) {}

    private final Store store;
    private final EntityService entities;
    private final Limits limits;

    public PathFinder(Store store, EntityService entities, Limits limits) {
        this.store = store;
        this.entities = entities;
        this.limits = limits;
    }

    public Result find(String from, String to, int maxHops, int k, WalkFilter given) {
        WalkFilter filter = given.between(from, to);
        // The search reads the graph hop by hop; one snapshot keeps every path it finds a real one.
        return Lookup.read(store, lookup -> {
            Result any = search(lookup, new Adjacency(lookup, filter, limits.maxEdgesPerNode()), from, to, maxHops, k);
            if (!any.connected() && !filter.onlyKinds().isEmpty()) {
                return new Result(from, to, maxHops, false, List.of(), any.message() + " passing only " + plural(filter.onlyKinds()));
            }
            if (any.paths().stream().noneMatch(PathFinder::throughGeneric)) return any;
            // A path through a glossary term explains little: when one without such a step exists, it comes first.
            WalkFilter specific = filter.without(Kind.CONCEPT.slug(), GENERIC);
            Result better = search(lookup, new Adjacency(lookup, specific, limits.maxEdgesPerNode()), from, to, maxHops, k);
            if (better.paths().isEmpty()) return any;
            List<Path> paths = new ArrayList<>(better.paths());
            for (Path p : any.paths()) if (paths.size() < k && !paths.contains(p)) paths.add(p);
            return new Result(from, to, maxHops, true, paths, null);
        });
    }

    /** "people and papers": the kinds named as the pages name them. */
    private static String plural(java.util.Collection<String> kinds) {
        List<String> names = kinds.stream().map(slug -> Kind.fromSlug(slug).map(kd -> kd.plural().toLowerCase(java.util.Locale.ROOT)).orElse(slug)).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Whether a path passes a concept or follows a {@link #GENERIC} relation. */
    private static boolean throughGeneric(Path path) {
        return path.nodes().subList(1, path.nodes().size() - 1).stream().anyMatch(n -> Kind.CONCEPT.slug().equals(n.kind()))
                || path.hops().stream().anyMatch(h -> h.properties().stream().allMatch(GENERIC::contains));
    }

    private Result search(Lookup lookup, Adjacency adjacency, String from, String to, int maxHops, int k) {
        Balls balls = new Balls(from, to, adjacency);
        List<List<String>> shortest = new ArrayList<>();
        List<List<String>> longer = new ArrayList<>();
        // Each time the searches meet again, the paths are counted afresh: once k are known, the rest of the hop is not read.
        int length = balls.meet(maxHops, () -> enough(shortest, from, to, balls.depthA + balls.depthB, balls, k));
        int candidates = Math.max(CANDIDATES_PER_PATH * k, MIN_CANDIDATES);
        if (length >= 0) {
            // More paths of that length than asked for, and of one hop more, to choose the k that explain most.
            enough(shortest, from, to, length, balls, candidates);
            shortest.sort(java.util.Comparator.comparingDouble(path -> cost(path, balls.graph)));
            // One hop more costs a hop of reading: worth it when the shortest are too few or their best says little.
            boolean wantLonger = shortest.size() < k || shortest.subList(0, k).stream().anyMatch(path -> generic(path, balls.graph));
            if (length < maxHops && wantLonger) {
                BooleanSupplier enoughLonger = () -> enough(longer, from, to, length + 1, balls, candidates);
                if (!enoughLonger.getAsBoolean()) balls.grow(enoughLonger);
            }
        }
        List<List<String>> found = new ArrayList<>(shortest);
        found.addAll(longer);
        found.sort(java.util.Comparator.comparingDouble(path -> cost(path, balls.graph)));
        List<Path> paths = describe(lookup, found.subList(0, Math.min(k, found.size())), balls.graph);
        String message = !paths.isEmpty() ? null : balls.exhausted
                ? "No path of at most " + maxHops + " hops found within the budget of " + limits.maxNodes() + " entities visited"
                : "No path of at most " + maxHops + " hops";
        return new Result(from, to, maxHops, !paths.isEmpty(), paths, message);
    }

    /** How many paths are weighed for each one returned. */
    static final int CANDIDATES_PER_PATH = 10;
    static final int MIN_CANDIDATES = 30;
    /**
     * Relations that join almost anything to almost anything: a path through "mentions → Noise
     * schedule → mentioned in" says little about how two items are connected.
     */
    static final Set<String> GENERIC = Set.of(Vocab.MENTIONS.getURI(), Vocab.ABOUT.getURI(), Vocab.MENTIONS_CONCEPT.getURI(),
            Vocab.SKOS + "related", Vocab.SKOS + "broader", Vocab.SKOS + "narrower");

    /**
     * How little a path explains, lower first: each hop costs 1, or 3 over a {@link #GENERIC}
     * relation; each entity passed through adds the log of how many neighbours it has (a hub joins
     * everything) and 1 more when it is a concept. So authorship, citations, explains and
     * implements come before a shorter walk through a glossary term, as Connected Papers and
     * Inciteful prefer specific links to hubs.
     */
    private static double cost(List<String> path, Map<String, Map<String, List<Edge>>> graph) {
        double cost = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            List<Edge> edges = graph.get(path.get(i)).get(path.get(i + 1));
            cost += edges.stream().allMatch(e -> GENERIC.contains(e.property())) ? 3 : 1;
        }
        for (int i = 1; i + 1 < path.size(); i++) {
            String node = path.get(i);
            Map<String, List<Edge>> neighbours = graph.get(node);
            cost += Math.log(1 + (neighbours == null ? 1 : neighbours.size())) / Math.log(2) * HUB_WEIGHT;
            if (Kind.ofIri(node) == Kind.CONCEPT) cost += 1;
        }
        return cost;
    }

    private static final double HUB_WEIGHT = 0.25;

    /** Whether a path passes a concept or takes a hop over {@link #GENERIC} relations only. */
    private static boolean generic(List<String> path, Map<String, Map<String, List<Edge>>> graph) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (i > 0 && Kind.ofIri(path.get(i)) == Kind.CONCEPT) return true;
            if (graph.get(path.get(i)).get(path.get(i + 1)).stream().allMatch(e -> GENERIC.contains(e.property()))) return true;
        }
        return false;
    }

    /** Replaces {@code found} by up to {@code k} paths of exactly {@code length} hops; whether there are {@code k}. */
    private boolean enough(List<List<String>> found, String from, String to, int length, Balls balls, int k) {
        found.clear();
        paths(new ArrayList<>(List.of(from)), to, length, balls, k, found, new int[] {0});
        return found.size() >= k;
    }

    /**
     * Two breadth-first searches, from the source (A) and from the target (B), always growing the
     * smaller frontier. Every entity with a distance in both balls lies on a connecting walk of
     * length at most the sum of the radii; an entity reached on both outer frontiers is read too,
     * so every path of exactly that length is made of read relations.
     */
    private final class Balls {
        final Map<String, Map<String, List<Edge>>> graph = new HashMap<>();
        final Map<String, Integer> a = new HashMap<>();
        final Map<String, Integer> b = new HashMap<>();
        private final Adjacency adjacency;
        private Set<String> frontierA;
        private Set<String> frontierB;
        int depthA;
        int depthB;
        boolean exhausted;

        Balls(String from, String to, Adjacency adjacency) {
            this.adjacency = adjacency;
            a.put(from, 0);
            b.put(to, 0);
            frontierA = Set.of(from);
            frontierB = Set.of(to);
        }

        /**
         * The length of the shortest paths, or -1 when there is none within the hop limit or the
         * node budget. {@code enough} is asked after each entity read that meets the other side.
         */
        int meet(int maxHops, BooleanSupplier enough) {
            if (a.keySet().equals(b.keySet())) {
                enough.getAsBoolean();
                return 0;
            }
            boolean[] met = {false};
            while (depthA + depthB < maxHops) {
                if (!grow(() -> {
                    met[0] = true;
                    return enough.getAsBoolean();
                })) return -1;
                if (met[0]) return depthA + depthB;
            }
            return -1;
        }

        /**
         * Grows the smaller frontier by one hop, entity by entity; after each one that reaches the
         * other side, stops if {@code enough} says so. False when a side is exhausted or the node
         * budget is spent.
         */
        boolean grow(BooleanSupplier enough) {
            if (frontierA.isEmpty() || frontierB.isEmpty()) return false;
            if (a.size() + b.size() >= limits.maxNodes()) {
                exhausted = true;
                return false;
            }
            boolean growA = frontierA.size() <= frontierB.size();
            Set<String> frontier = growA ? frontierA : frontierB;
            Map<String, Integer> mine = growA ? a : b;
            Map<String, Integer> theirs = growA ? b : a;
            Set<String> theirFrontier = growA ? frontierB : frontierA;
            int depth = growA ? ++depthA : ++depthB;
            Set<String> next = new LinkedHashSet<>();
            if (growA) frontierA = next;
            else frontierB = next;
            for (String node : frontier) {
                boolean meets = false;
                for (String neighbour : read(node).keySet()) {
                    if (mine.putIfAbsent(neighbour, depth) == null) next.add(neighbour);
                    if (mine.get(neighbour) != depth || !theirs.containsKey(neighbour)) continue;
                    meets = true;
                    // On both outer frontiers, so read by neither side; paths pass through it.
                    if (theirFrontier.contains(neighbour)) read(neighbour);
                }
                if (meets && enough.getAsBoolean()) break;
            }
            return true;
        }

        private Map<String, List<Edge>> read(String node) {
            return graph.computeIfAbsent(node, n -> neighbours(n, adjacency.edges(n)));
        }
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

    /**
     * Depth-first: simple paths of exactly {@code length} hops, up to {@code k} in all. With radii
     * rA + rB = length, the i-th entity of such a path lies in A's ball while i ≤ rA, and within
     * length − i hops of the target (in B's ball) from rA on; anything else cannot be on one.
     */
    private void paths(List<String> path, String target, int length, Balls balls, int k, List<List<String>> found, int[] steps) {
        if (found.size() >= k || ++steps[0] > limits.maxSteps()) return;
        String last = path.get(path.size() - 1);
        int i = path.size() - 1;
        if (i == length) {
            if (last.equals(target)) found.add(List.copyOf(path));
            return;
        }
        Map<String, List<Edge>> next = balls.graph.get(last);
        if (next == null) return;
        int radiusA = length - balls.depthB;
        for (String neighbour : next.keySet()) {
            int j = i + 1;
            Integer toTarget = balls.b.get(neighbour);
            boolean reachable = toTarget != null ? toTarget <= length - j : j < radiusA && balls.a.containsKey(neighbour);
            if (!reachable || path.contains(neighbour)) continue;
            path.add(neighbour);
            paths(path, target, length, balls, k, found, steps);
            path.remove(path.size() - 1);
            if (found.size() >= k) return;
        }
    }

    private List<Path> describe(Lookup lookup, List<List<String>> found, Map<String, Map<String, List<Edge>>> graph) {
        Map<String, EntityView.Ref> refs = lookup.refs(found.stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
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
            paths.add(new Path(nodes.stream().map(refs::get).toList(),
                    hops, sentence.toString()));
        }
        return paths;
    }

    private static String label(Map<String, EntityView.Ref> refs, String iri) {
        return refs.get(iri).label();
    }
}
