package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Collects the triples an importer produces for one source, with its provenance. */
final class GraphWriter {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Node source;
    private final Set<Node> entities = new HashSet<>();

    GraphWriter(String sourceName) {
        this.source = Vocab.sourceGraph(sourceName);
        graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) add(s, p, NodeFactory.createLiteralString(value.strip()));
    }

    void typed(Node s, Node p, String lexical, XSDDatatype type) {
        add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    void iri(Node s, Node p, String iri) {
        add(s, p, NodeFactory.createURI(iri));
    }

    /** Marks a node as an entity this source speaks of, first seen at {@code line}. */
    void provenance(Node entity, int line) {
        entities.add(entity);
        add(entity, Vocab.WAS_DERIVED_FROM, source);
        if (line > 0) typed(entity, Vocab.SOURCE_LINE, Integer.toString(line), XSDDatatype.XSDinteger);
    }

    /** An ordered RDF list of the nodes, returned as its head. */
    Node list(List<Node> items) {
        Node head = RDF.Nodes.nil;
        for (int i = items.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            add(cell, RDF.Nodes.first, items.get(i));
            add(cell, RDF.Nodes.rest, head);
            head = cell;
        }
        return head;
    }

    /** The members of the RDF list {@code s p} heads, in order; empty when there is none. */
    List<Node> listOf(Node s, Node p) {
        List<Node> members = new java.util.ArrayList<>();
        Node cell = graph.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(RDF.Nodes.nil);
        while (!cell.equals(RDF.Nodes.nil) && members.size() < 10_000) {
            Node c = cell;
            graph.find(c, RDF.Nodes.first, Node.ANY).nextOptional().ifPresent(t -> members.add(t.getObject()));
            cell = graph.find(c, RDF.Nodes.rest, Node.ANY).nextOptional().map(Triple::getObject).orElse(RDF.Nodes.nil);
        }
        return members;
    }

    /** Removes {@code s p ?o} for every object, and the cells of the lists those objects head. */
    void removeAll(Node s, Node p) {
        for (Triple t : graph.find(s, p, Node.ANY).toList()) {
            graph.delete(t);
            Node cell = t.getObject();
            while (cell.isBlank()) {
                Node next = graph.find(cell, RDF.Nodes.rest, Node.ANY).nextOptional().map(Triple::getObject).orElse(RDF.Nodes.nil);
                graph.remove(cell, Node.ANY, Node.ANY);
                cell = next;
            }
        }
    }

    boolean has(Node s, Node p) {
        return graph.contains(s, p, Node.ANY);
    }

    int entityCount() {
        return entities.size();
    }

    Model model() {
        return ModelFactory.createModelForGraph(graph);
    }
}
