package io.studygraph.ingest;

import com.apicatalog.jsonld.JsonLdOptions;
import io.studygraph.graph.Vocab;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads) into one graph and records
 * provenance for every typed subject: the source, and the line where the subject is first written.
 */
final class RdfSource {
    private RdfSource() {}

    static Graph read(String name, String text, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        JsonLdContexts contexts = new JsonLdContexts();
        RdfNesting.check(name, text, lang);
        try {
            RDFParser.create().source(new StringReader(text)).lang(lang).base(baseOf(name))
                    .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(contexts))
                    .errorHandler(new Strict(name)).parse(parsed);
        } catch (ImportException | RiotException | IRIException e) {
            if (contexts.refused() != null) {
                throw new ImportException(name, 0, "refers to the remote JSON-LD context " + contexts.refused()
                        + ", which is not bundled; nothing was fetched (imports never open a connection). Bundled contexts: "
                        + String.join(", ", new java.util.TreeSet<>(JsonLdContexts.urls())));
            }
            if (e instanceof ImportException ie) throw ie;
            throw new ImportException(name, 0, e.getMessage());
        }
        Graph graph = GraphFactory.createDefaultGraph();
        parsed.find().forEachRemaining(q -> graph.add(q.asTriple()));
        graph.getPrefixMapping().setNsPrefixes(parsed.getDefaultGraph().getPrefixMapping());
        return graph;
    }

    /**
     * The base relative IRIs resolve against: a fixed placeholder, never the working directory
     * (which would put a server path into the graph). The file name is escaped into one path
     * segment, so "my list.ttl" is a base too, and ".." in a name cannot climb out of it.
     */
    static String baseOf(String name) {
        String segment = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Vocab.SOURCE + (segment.equals(".") || segment.equals("..") ? segment.replace(".", "%2E") : segment);
    }

    /** Adds {@code prov:wasDerivedFrom} and {@code sg:sourceLine} to every typed IRI subject. */
    static void addProvenance(String name, SourcePositions positions, Graph graph) {
        Node source = Vocab.sourceGraph(name);
        Map<Node, Integer> lines = new HashMap<>();
        graph.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) lines.computeIfAbsent(t.getSubject(), s -> positions.line(s, graph.getPrefixMapping()));
        });
        lines.forEach((s, line) -> {
            graph.add(Triple.create(s, Vocab.WAS_DERIVED_FROM, source));
            if (line > 0) graph.add(Triple.create(s, Vocab.SOURCE_LINE, NodeFactory.createLiteralDT(line.toString(), XSDDatatype.XSDinteger)));
        });
    }

    /** Turns the first parse error or warning-level problem into an ImportException with its line. */
    private record Strict(String name) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { }
        @Override public void error(String message, long line, long col) { fatal(message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            throw new ImportException(name, (int) Math.max(line, 0), message + (col > 0 ? " (column " + col + ")" : ""));
        }
    }
}
