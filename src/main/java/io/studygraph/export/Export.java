package io.studygraph.export;

import java.io.OutputStream;

/**
 * An export whose format and scope are checked, ready to write: an HTTP handler can set the
 * status, type and file name before the first byte, so a mistake is a 400, never a broken body.
 *
 * <pre>{@code
 * Export export = studyGraph.export("bibtex", "reading-list.md", Learner.DEFAULT);
 * export.writeTo(out);   // export.fileName() is "studygraph-reading-list.bib"
 * }</pre>
 */
public record Export(ExportFormat format, ExportScope scope, Exporter exporter) {
    public String fileName() { return scope.fileName(format); }

    public String contentType() { return format.contentType(); }

    /** Writes the export; {@code out} is flushed and left open. */
    public void writeTo(OutputStream out) {
        exporter.write(format, scope, out);
    }
}
