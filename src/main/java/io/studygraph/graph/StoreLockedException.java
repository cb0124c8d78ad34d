package io.studygraph.graph;

/** The store's files are held by another process, which is the operator's to stop, not a failure to report as one. */
public class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
