package io.studygraph.sparql;

/** The endpoint is at its limit of concurrent queries; the client may retry. */
public class SparqlBusyException extends RuntimeException {
    public SparqlBusyException(String message) {
        super(message);
    }
}
