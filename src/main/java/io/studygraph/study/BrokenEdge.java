package io.studygraph.study;

/**
 * A prerequisite the plan does not keep: {@code before} should be read before {@code after}
 * because of {@code relation} (a property IRI), but comes after it, and {@code sentence} says so.
 */
public record BrokenEdge(String before, String after, String relation, String sentence) {}
