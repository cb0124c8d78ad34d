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

    public Validator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Throws an {@link ImportException} listing the violations; {@code lines} gives the line where
     * a focus node is written, when the format knows it.
     */
    void check(String source, Graph data, LineLocator lines) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return;
        List<String> problems = new ArrayList<>();
        int firstLine = 0;
        for (ReportEntry entry : report.getEntries()) {
            if (problems.size() == MAX_REPORTED) {
                problems.add("... and " + (report.getEntries().size() - MAX_REPORTED) + " more");
                break;
            }
            int line = lines.lineOf(entry.focusNode());
            if (firstLine == 0) firstLine = line;
            problems.add((line > 0 ? "line " + line + ": " : "") + describe(entry.focusNode()) + ": " + entry.message());
        }
        throw new ImportException(source, problems.size() == 1 ? firstLine : 0,
                "does not satisfy the shapes (" + report.getEntries().size() + " problem"
                        + (report.getEntries().size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
    }

    private static String describe(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : "<" + iri + ">";
        }
        return node.toString();
    }

    /** Where a node is written in its source; 0 when unknown. */
    @FunctionalInterface
    interface LineLocator {
        int lineOf(Node node);
    }
}
