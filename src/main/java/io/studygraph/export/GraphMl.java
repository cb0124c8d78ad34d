package io.studygraph.export;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Importance;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * The graph as GraphML, which Gephi and Cytoscape desktop open: a node per entity (label, kind,
 * importance, iri) and a directed edge per link between two of them (the relation's label, as the
 * UI reads it, and its IRI). Written by an XML stream writer, which escapes every value; the
 * characters XML 1.0 cannot carry at all are dropped.
 */
final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final Pattern NOT_XML = Pattern.compile("[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final org.apache.jena.query.Query LINKS = Sparql.parse(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER (isIRI(?o) && isIRI(?s)) } }");
    /** Statements that link two entities but are no relation between them: typing, where a fact came from. */
    private static final Set<Node> NOT_RELATIONS = Set.of(Vocab.TYPE, Vocab.WAS_DERIVED_FROM, Vocab.SOURCE_FILE);
    private static final int BATCH = 500;

    private final Store store;
    private final EntityService entities;
    private final Importance importance;

    GraphMl(Store store, EntityService entities, Importance importance) {
        this.store = store;
        this.entities = entities;
        this.importance = importance;
    }

    void write(Map<String, Kind> nodes, List<Node> graphs, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "kind", "node", "kind", "string");
            key(xml, "importance", "node", "importance", "double");
            key(xml, "iri", "node", "iri", "string");
            key(xml, "relation", "edge", "label", "string");
            key(xml, "property", "edge", "property", "string");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "studygraph");
            xml.writeAttribute("edgedefault", "directed");
            writeNodes(xml, nodes);
            writeEdges(xml, nodes.keySet(), graphs);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the GraphML export", e);
        }
    }

    private void writeNodes(XMLStreamWriter xml, Map<String, Kind> nodes) throws XMLStreamException {
        List<String> iris = new ArrayList<>(nodes.keySet());
        for (int from = 0; from < iris.size(); from += BATCH) {
            for (Ref ref : entities.refs(iris.subList(from, Math.min(iris.size(), from + BATCH)))) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(ref.iri()));
                data(xml, "label", ref.label());
                data(xml, "kind", nodes.get(ref.iri()).slug());
                data(xml, "importance", String.valueOf(importance.of(ref.iri())));
                data(xml, "iri", ref.iri());
                xml.writeEndElement();
            }
        }
    }

    private void writeEdges(XMLStreamWriter xml, Set<String> nodes, List<Node> graphs) throws XMLStreamException {
        // A link two sources both state is one edge.
        Set<String> written = new HashSet<>();
        int count = 0;
        for (Node graph : graphs) {
            List<String[]> edges = new ArrayList<>();
            store.query(LINKS, Map.of("g", graph), qe -> {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String s = row.getResource("s").getURI(), p = row.getResource("p").getURI(), o = row.getResource("o").getURI();
                    if (nodes.contains(s) && nodes.contains(o) && !NOT_RELATIONS.contains(row.get("p").asNode())
                            && written.add(s + ' ' + p + ' ' + o)) edges.add(new String[] {s, p, o});
                }
                return null;
            });
            for (String[] edge : edges) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + count++);
                xml.writeAttribute("source", clean(edge[0]));
                xml.writeAttribute("target", clean(edge[2]));
                data(xml, "relation", entities.labels().forward(edge[1]));
                data(xml, "property", edge[1]);
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
    }

    private static void key(XMLStreamWriter xml, String id, String target, String name, String type) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
