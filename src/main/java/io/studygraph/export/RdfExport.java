package io.studygraph.export;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The statements of named graphs as RDF. N-Triples, N-Quads, Turtle and TriG are streamed as the
 * store reads them, one graph after the other, so a store of a million triples is never a model in
 * memory (Turtle and TriG in Jena's "blocks" form, which groups a subject's statements as they
 * come). JSON-LD has no streaming writer: that graph is built whole first.
 */
final class RdfExport {
    // One graph at a time, ?g bound: the store answers from its graph-first index, nothing is sorted.
    private static final org.apache.jena.query.Query STATEMENTS = Sparql.parse("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final Store store;

    RdfExport(Store store) {
        this.store = store;
    }

    /** Writes the graphs' statements; as one graph for {@link ExportFormat.Shape#GRAPH}, else each in its named graph. */
    void write(ExportFormat format, List<Node> graphs, OutputStream out) {
        if (format == ExportFormat.JSONLD) {
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
            stream(graphs, StreamRDFLib.graph(union), false);
            RDFDataMgr.write(out, union, RDFFormat.JSONLD_PRETTY);
            return;
        }
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, streamingFormat(format));
        writer.start();
        Vocab.prefixes().getNsPrefixMap().forEach(writer::prefix);
        stream(graphs, writer, format.shape() == ExportFormat.Shape.DATASET);
        writer.finish();
    }

    private static RDFFormat streamingFormat(ExportFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NQUADS -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException(format.formatName() + " is not an RDF format");
        };
    }

    /**
     * Sends every statement of the graphs to {@code sink}, as quads when {@code named}. A statement
     * two graphs hold is sent twice as a triple: readers of the union count it once.
     */
    void stream(List<Node> graphs, StreamRDF sink, boolean named) {
        // One source as a graph is what that source said: where another source's author list or
        // date comes first in the store (a variant, see Precedence), the source's own is its value.
        boolean asSaid = !named && graphs.size() == 1 && graphs.get(0).getURI().startsWith(Vocab.SOURCE);
        for (Node graph : graphs) {
            store.query(STATEMENTS, Map.of("g", graph), qe -> {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    Node s = row.get("s").asNode(), p = row.get("p").asNode(), o = row.get("o").asNode();
                    if (asSaid) p = io.studygraph.graph.Precedence.asSaid(p);
                    if (named) sink.quad(Quad.create(graph, s, p, o));
                    else sink.triple(org.apache.jena.graph.Triple.create(s, p, o));
                }
                return null;
            });
        }
    }
}
