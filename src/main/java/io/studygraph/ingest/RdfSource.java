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
    static void addProvenance(String name, String text, Graph graph) {
        Node source = Vocab.sourceGraph(name);
        Map<Node, Integer> lines = new HashMap<>();
        graph.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) lines.computeIfAbsent(t.getSubject(), s -> lineOf(text, graph, s));
        });
        lines.forEach((s, line) -> {
            graph.add(Triple.create(s, Vocab.WAS_DERIVED_FROM, source));
            if (line > 0) graph.add(Triple.create(s, Vocab.SOURCE_LINE, NodeFactory.createLiteralDT(line.toString(), XSDDatatype.XSDinteger)));
        });
    }

    /**
     * The line where the node is written, in full or prefixed form, outside comments: the first
     * line that starts with it (where Turtle and N-Triples put a subject whose description begins
     * there), else the first line that mentions it; 0 if not found.
     */
    static int lineOf(String text, Graph graph, Node node) {
        if (!node.isURI()) return 0;
        String full = "<" + node.getURI() + ">";
        String prefixed = graph.getPrefixMapping().qnameFor(node.getURI());
        String[] lines = text.split("\n", -1);
        int mentioned = 0;
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].substring(0, commentStart(lines[i]));
            int at = code.indexOf(full);
            if (prefixed != null) {
                int p = indexOfToken(code, prefixed);
                if (p >= 0 && (at < 0 || p < at)) at = p;
            }
            if (at < 0) continue;
            if (at == 0) return i + 1;
            if (mentioned == 0) mentioned = i + 1;
        }
        return mentioned;
    }

    /**
     * Where the text first mentions the node (as {@code <iri>}, a quoted IRI, or a prefixed name), as a
     * character offset; {@code Long.MAX_VALUE} when it cannot be found (blank nodes). Orders authors
     * the way the file writes them when it gives no explicit order.
     */
    static long offsetOf(String text, Graph graph, Node node) {
        if (!node.isURI()) return Long.MAX_VALUE;
        long best = Long.MAX_VALUE;
        String prefixed = graph.getPrefixMapping().qnameFor(node.getURI());
        for (String form : new String[] {"<" + node.getURI() + ">", "\"" + node.getURI() + "\""}) {
            int at = text.indexOf(form);
            if (at >= 0) best = Math.min(best, at);
        }
        if (prefixed != null) {
            int at = indexOfToken(text, prefixed);
            if (at >= 0) best = Math.min(best, at);
        }
        return best;
    }

    /** Where a {@code #} comment starts on a line (not inside an IRI or a string); the length if none. */
    private static int commentStart(String line) {
        boolean inIri = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (inIri) {
                if (c == '>') inIri = false;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                inIri = true;
            } else if (c == '#') {
                return i;
            }
        }
        return line.length();
    }

    private static int indexOfToken(String text, String token) {
        int from = 0;
        while (true) {
            int i = text.indexOf(token, from);
            if (i < 0) return -1;
            int end = i + token.length();
            boolean startOk = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([,;".indexOf(text.charAt(i - 1)) >= 0;
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-' && text.charAt(end) != '_';
            if (startOk && endOk) return i;
            from = end;
        }
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
