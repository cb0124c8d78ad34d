package io.studygraph.export;

/**
 * An export asked for something that is not there (a format, a source): names the parameter, so
 * the web can answer a 400 that says which, and the CLI a one-line message.
 */
public final class ExportException extends RuntimeException {
    private final String parameter;

    public ExportException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** "format" or "source": the option or query parameter at fault. */
    public String parameter() { return parameter; }
}
