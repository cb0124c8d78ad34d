package io.studygraph.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Takes things out of a source graph without leaving it malformed: an entity goes with its
 * triples, the triples that point to it and the RDF-list cells that hold it, so an author list
 * stays a well-formed list of the remaining members (or goes, once empty). Blank nodes that only
 * the removed triples reached (list cells, nested descriptions) go too.
 */
final class GraphPruner {
    private GraphPruner() {}

    /** Removes {@code node} entirely: as subject, as object, and as a member of any list. */
    static void leaveOut(Graph graph, Node node) {
        List<Node> reached = remove(graph, graph.find(node, Node.ANY, Node.ANY).toList());
        for (Triple t : graph.find(Node.ANY, Node.ANY, node).toList()) {
            if (t.getPredicate().equals(RDF.Nodes.first)) unlinkCell(graph, t.getSubject());
            else graph.delete(t);
        }
        sweep(graph, reached);
    }

    /** Removes one statement, and what only it reached. */
    static void removeStatement(Graph graph, Triple triple) {
        sweep(graph, remove(graph, List.of(triple)));
    }

    /** Takes {@code member} out of every list that {@code holder}'s {@code property} points at. */
    static void removeFromList(Graph graph, Node holder, Node property, Node member) {
        for (Triple head : graph.find(holder, property, Node.ANY).toList()) {
            for (Node cell : cells(graph, head.getObject())) {
                if (graph.contains(cell, RDF.Nodes.first, member)) unlinkCell(graph, cell);
            }
        }
    }

    /** Removes the lists {@code holder}'s {@code property} points at, and the statements pointing there. */
    static void removeLists(Graph graph, Node holder, Node property) {
        sweep(graph, remove(graph, graph.find(holder, property, Node.ANY).toList()));
    }

    /** The cells of a list from its head, stopping at rdf:nil or at a cell already seen (a cycle). */
    private static List<Node> cells(Graph graph, Node head) {
        List<Node> cells = new ArrayList<>();
        Node cell = head;
        while (cell != null && !cell.equals(RDF.Nodes.nil) && !cells.contains(cell)) {
            cells.add(cell);
            cell = graph.find(cell, RDF.Nodes.rest, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        }
        return cells;
    }

    /**
     * Splices a cell out: whatever pointed at it now points at its rest. A list holder left
     * pointing at rdf:nil loses the statement, since an empty author list says nothing.
     */
    private static void unlinkCell(Graph graph, Node cell) {
        Node rest = graph.find(cell, RDF.Nodes.rest, Node.ANY).nextOptional().map(Triple::getObject).orElse(RDF.Nodes.nil);
        for (Triple in : graph.find(Node.ANY, Node.ANY, cell).toList()) {
            graph.delete(in);
            boolean emptyList = rest.equals(RDF.Nodes.nil) && !in.getPredicate().equals(RDF.Nodes.rest);
            if (!emptyList) graph.add(Triple.create(in.getSubject(), in.getPredicate(), rest));
        }
        graph.find(cell, Node.ANY, Node.ANY).toList().forEach(graph::delete);
    }

    /** Deletes the triples; returns the blank nodes they pointed at, which may now be unreachable. */
    private static List<Node> remove(Graph graph, List<Triple> triples) {
        List<Node> reached = new ArrayList<>();
        for (Triple t : triples) {
            graph.delete(t);
            if (t.getObject().isBlank()) reached.add(t.getObject());
        }
        return reached;
    }

    /** Removes blank nodes nothing points at any more, and what only they reached. */
    private static void sweep(Graph graph, List<Node> candidates) {
        Deque<Node> todo = new ArrayDeque<>(candidates);
        while (!todo.isEmpty()) {
            Node blank = todo.pop();
            if (graph.contains(Node.ANY, Node.ANY, blank)) continue;
            todo.addAll(remove(graph, graph.find(blank, Node.ANY, Node.ANY).toList()));
        }
    }
}
