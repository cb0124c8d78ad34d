package io.studygraph.search;

/** A search request the caller can correct: empty, too long, or filtered by an unknown value. */
public class BadQueryException extends RuntimeException {
    public BadQueryException(String message) {
        super(message);
    }
}
