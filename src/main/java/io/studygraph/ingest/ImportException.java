package io.studygraph.ingest;

/**
 * A source could not be imported because of what it contains or where it is. The message names
 * the source, the line when known, and the problem; nothing was changed.
 */
public class ImportException extends RuntimeException {
    private final String source;
    private final int line;

    public ImportException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** A problem at a line and a 1-based column: "list.md line 3: … (column 7)", as Jena's parsers say it. */
    public ImportException(String source, int line, int column, String problem) {
        super(source + " line " + line + ": " + problem + " (column " + column + ")");
        this.source = source;
        this.line = line;
    }

    public String source() { return source; }

    /** 1-based line, or 0 when the problem has no single line. */
    public int line() { return line; }
}
