package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities around one, as Cytoscape elements: breadth-first to a depth, with at most
 * {@code limit} relations shown per entity and the number left over ("show more"), so a hub does
 * not flood the view.
 */
public final class Neighbourhood {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_LIMIT = 200;
    /** Nodes in one answer, whatever depth and limit ask for. */
    static final int MAX_NODES = 1000;

    public record NodeData(String id, String label, String kind) {}

    public record EdgeData(String id, String source, String target, String property, String label) {}

    public record Element<T>(T data) {}

    /** Cytoscape's elements, plus per entity how many relations were left out. */
    public record Elements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges, Map<String, Integer> more) {}

    private final Store store;
    private final EntityService entities;

    public Neighbourhood(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
    }

    public Elements around(String iri, int depth, int limit, WalkFilter filter) {
        // One query per hop: all of them read one state, so no edge leads to a node another state dropped.
        return store.read(() -> walk(iri, depth, limit, filter));
    }

    private Elements walk(String iri, int depth, int limit, WalkFilter filter) {
        Adjacency adjacency = new Adjacency(store, filter, MAX_NODES * MAX_LIMIT);
        Set<String> nodes = new LinkedHashSet<>(List.of(iri));
        Map<Edge, Boolean> edges = new LinkedHashMap<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        Set<String> frontier = Set.of(iri);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            Map<String, List<Edge>> read = adjacency.edges(frontier);
            Set<String> next = new LinkedHashSet<>();
            for (String node : frontier) {
                List<Edge> all = new ArrayList<>(read.getOrDefault(node, List.of()));
                all.sort(Comparator.comparing(Edge::property).thenComparing(e -> e.other(node)));
                int shown = 0;
                for (Edge e : all) {
                    String other = e.other(node);
                    if (shown >= limit || nodes.size() >= MAX_NODES && !nodes.contains(other)) {
                        more.merge(node, 1, Integer::sum);
                        continue;
                    }
                    shown++;
                    edges.put(e, true);
                    if (nodes.add(other)) next.add(other);
                }
            }
            frontier = next;
        }
        Map<String, EntityView.Ref> refs = new HashMap<>();
        entities.refs(nodes).forEach(r -> refs.put(r.iri(), r));
        List<Element<NodeData>> nodeElements = nodes.stream().map(n -> {
            EntityView.Ref r = refs.get(n);
            return new Element<>(new NodeData(n, r != null ? r.label() : Labels.humanise(n), r != null ? r.kind() : Adjacency.kindOf(n)));
        }).toList();
        Labels labels = entities.labels();
        List<Edge> shown = List.copyOf(edges.keySet());
        List<Element<EdgeData>> edgeElements = java.util.stream.IntStream.range(0, shown.size()).mapToObj(i -> new Element<>(new EdgeData(
                "e" + i, shown.get(i).subject(), shown.get(i).object(), shown.get(i).property(), labels.forward(shown.get(i).property())))).toList();
        return new Elements(nodeElements, edgeElements, more);
    }
}
