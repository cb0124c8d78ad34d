package io.studygraph.graph;

import java.util.Collection;

/** A source was named that the store does not hold; the message lists the ones it does. Nothing was changed. */
public class UnknownSourceException extends RuntimeException {
    public UnknownSourceException(String name, Collection<String> known) {
        super("No source is named '" + name + "'; " + (known.isEmpty() ? "the store holds no sources"
                : "the sources are: " + String.join(", ", known)));
    }
}
