package io.studygraph.graph;

/**
 * One relation between two entities as stored: {@code subject property object}. Walks use it in
 * both directions; {@link #other(String)} gives the far end seen from either one.
 */
public record Edge(String subject, String property, String object) {

    String other(String from) {
        return from.equals(subject) ? object : subject;
    }

    /** Whether the walk from {@code from} follows the edge as stated (else against it). */
    boolean forwardFrom(String from) {
        return from.equals(subject);
    }
}
