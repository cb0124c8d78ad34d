package io.studygraph.export;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * Which named graphs an export reads, and the stem of the file it suggests ("studygraph",
 * "studygraph-reading-list", "studygraph-study-me").
 *
 * @param graphs the named graphs, in the order they are written
 */
public record ExportScope(String fileStem, List<Node> graphs) {
    public ExportScope {
        graphs = List.copyOf(graphs);
    }

    /** The file name an export in {@code format} suggests: "studygraph-reading-list.bib". */
    public String fileName(ExportFormat format) {
        return fileStem.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }
}
