package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** Ordered containers as foreign RDF writes them: {@code rdf:List} and {@code rdf:Seq}. */
final class RdfLists {
    private RdfLists() {}

    static boolean isList(Graph g, Node node) {
        return !node.isLiteral() && g.contains(node, RDF.Nodes.first, Node.ANY);
    }

    static boolean isSeq(Graph g, Node node) {
        return !node.isLiteral() && (g.contains(node, RDF.Nodes.type, RDF.Seq.asNode()) || g.contains(node, RDF.li(1).asNode(), Node.ANY));
    }

    /** The members of an rdf:List, in order; a cycle ends it rather than looping. */
    static List<Node> members(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node cell = head; cell != null && !cell.equals(RDF.Nodes.nil) && seen.add(cell); cell = object(g, cell, RDF.Nodes.rest)) {
            Node first = object(g, cell, RDF.Nodes.first);
            if (first != null) out.add(first);
        }
        return out;
    }

    /** The members of an rdf:Seq, by their rdf:_n index. */
    static List<Node> seqMembers(Graph g, Node seq) {
        TreeMap<Integer, Node> byIndex = new TreeMap<>();
        g.find(seq, Node.ANY, Node.ANY).forEach(t -> {
            String p = t.getPredicate().getURI();
            if (p.startsWith(RDF.getURI() + "_") && p.substring(RDF.getURI().length() + 1).matches("\\d{1,9}")) {
                byIndex.put(Integer.parseInt(p.substring(RDF.getURI().length() + 1)), t.getObject());
            }
        });
        return new ArrayList<>(byIndex.values());
    }

    /** Writes the nodes as a new rdf:List of blank cells into the graph; returns its head. */
    static Node write(Graph g, List<Node> items) {
        Node head = RDF.Nodes.nil;
        for (int i = items.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            g.add(Triple.create(cell, RDF.Nodes.first, items.get(i)));
            g.add(Triple.create(cell, RDF.Nodes.rest, head));
            head = cell;
        }
        return head;
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
