package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks an imported graph against the SHACL shapes in {@code ontology/shapes.ttl}. */
public final class Validator {
    private static final int MAX_REPORTED = 10;
    private final Shapes shapes;
    private final Graph shapesGraph;

    public Validator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapesGraph = shapesGraph;
    }

    /** The shapes as RDF, for what reads their constraints ({@link PlainLiterals}). */
    Graph shapesGraph() {
        return shapesGraph;
    }

    /** What the shapes reject in {@code data}; empty when it conforms. */
    List<ReportEntry> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.conforms() ? List.of() : List.copyOf(report.getEntries());
    }

    /**
     * Throws an {@link ImportException} listing the violations; {@code lines} gives the line where
     * a focus node is written, when the format knows it.
     */
    void check(String source, Graph data, LineLocator lines) {
        List<ReportEntry> entries = violations(data);
        if (entries.isEmpty()) return;
        List<String> problems = new ArrayList<>();
        int firstLine = 0;
        for (ReportEntry entry : entries) {
            if (problems.size() == MAX_REPORTED) {
                problems.add("... and " + (entries.size() - MAX_REPORTED) + " more");
                break;
            }
            int line = lines.lineOf(entry.focusNode());
            if (firstLine == 0) firstLine = line;
            problems.add((line > 0 ? "line " + line + ": " : "") + describe(entry.focusNode()) + ": " + entry.message());
        }
        throw new ImportException(source, problems.size() == 1 ? firstLine : 0,
                "does not satisfy the shapes (" + entries.size() + " problem"
                        + (entries.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
    }

    /** A node as a reader knows it: {@code paper/arxiv-2105.05233} for an entity, else its IRI or label. */
    static String describe(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : "<" + iri + ">";
        }
        if (node.isLiteral()) return "\"" + node.getLiteralLexicalForm() + "\"";
        return "a blank node";
    }

    /** Where a node is written in its source; 0 when unknown. */
    @FunctionalInterface
    interface LineLocator {
        int lineOf(Node node);
    }
}
