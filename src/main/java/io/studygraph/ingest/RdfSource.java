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
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads) into one graph and records
 * provenance for every typed subject: the source, and the line where the subject is first written.
 */
final class RdfSource {
    private RdfSource() {}

    static Graph read(String name, String text, Lang lang) {
        return read(name, text, lang, ImportProgress.NONE);
    }

    static Graph read(String name, String text, Lang lang, ImportProgress progress) {
        Graph graph = GraphFactory.createDefaultGraph();
        JsonLdContexts contexts = new JsonLdContexts();
        RdfNesting.check(name, text, lang);
        CountingReader reader = new CountingReader(new StringReader(text));
        try {
            // Straight into the one graph the source becomes: quads of TriG and N-Quads lose their
            // graph name, as every source is stored as one graph of its own.
            RDFParser.create().source(reader).lang(lang).base(baseOf(name))
                    .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(contexts))
                    .errorHandler(new Strict(name)).parse(new Into(graph, "parsing " + name, reader, text.length(), progress));
        } catch (ImportException | RiotException | IRIException e) {
            if (contexts.refused() != null) {
                throw new ImportException(name, 0, "refers to the remote JSON-LD context " + contexts.refused()
                        + ", which is not bundled; nothing was fetched (imports never open a connection). Bundled contexts: "
                        + String.join(", ", new java.util.TreeSet<>(JsonLdContexts.urls())));
            }
            if (e instanceof ImportException ie) throw ie;
            throw new ImportException(name, 0, e.getMessage());
        }
        return graph;
    }

    /** Adds what the parser reads to the graph, telling the progress every few thousand triples. */
    private static final class Into extends StreamRDFBase {
        private final Graph graph;
        private final String stage;
        private final CountingReader reader;
        private final double length;
        private final ImportProgress progress;
        private long triples;

        Into(Graph graph, String stage, CountingReader reader, long length, ImportProgress progress) {
            this.graph = graph;
            this.stage = stage;
            this.reader = reader;
            this.length = Math.max(1, length);
            this.progress = progress;
        }

        @Override public void triple(Triple triple) { add(triple); }
        @Override public void quad(Quad quad) { add(quad.asTriple()); }
        @Override public void prefix(String prefix, String iri) { graph.getPrefixMapping().setNsPrefix(prefix, iri); }
        @Override public void finish() { progress.at(stage, triples, "triples", 1); }

        private void add(Triple triple) {
            graph.add(triple);
            if (++triples % 4096 == 0) progress.at(stage, triples, "triples", Math.min(1, reader.read / length));
        }
    }

    /** Counts the characters the parser has taken, which says how far through the text it is. */
    private static final class CountingReader extends java.io.FilterReader {
        long read;

        CountingReader(java.io.Reader in) {
            super(in);
        }

        @Override public int read() throws java.io.IOException {
            int c = super.read();
            if (c >= 0) read++;
            return c;
        }

        @Override public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) read += n;
            return n;
        }
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
            // Titanium says a JSON-LD text that is not JSON "could not be loaded": nothing was loaded, it did not parse.
            if (message.contains("LOADING_DOCUMENT_FAILED")) message = "not valid JSON (a comma, quote or bracket missing before here?)";
            if (line > 0 && col > 0) throw new ImportException(name, (int) line, (int) col, message);
            throw new ImportException(name, (int) Math.max(line, 0), message);
        }
    }
}
