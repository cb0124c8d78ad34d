package io.studygraph.search;

/** The index could not be read or written (not the caller's input). */
public class SearchException extends RuntimeException {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
