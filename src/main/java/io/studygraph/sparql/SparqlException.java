package io.studygraph.sparql;

/** A query the endpoint will not run, with the reason (and position) a client can act on. */
public class SparqlException extends RuntimeException {
    public SparqlException(String message) {
        super(message);
    }
}
