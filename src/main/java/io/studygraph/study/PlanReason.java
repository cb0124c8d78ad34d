package io.studygraph.study;

/**
 * Why a step sits where it is, built from the graph. {@code relation} is the property IRI (null for
 * reasons that are no relation: an early start, a move), {@code other} the item it relates this step
 * to, and {@code sentence} says it with display labels, titles in {@code *emphasis*}.
 */
public record PlanReason(Type type, String relation, String relationLabel, String other, String otherLabel, String sentence) {
    public enum Type {
        /** {@code other} comes first: this step relies on it. */
        AFTER,
        /** This step introduces {@code other}, so it sits right before it. */
        INTRODUCES,
        /** {@code other} relies on this step (a concept). */
        NEEDED_BY,
        /** Nothing in the plan has to come before this step. */
        START,
        /** Part of a cycle that was broken. */
        CYCLE,
        /** Another step covers what this one explains. */
        OPTIONAL,
        /** The learner moved it here. */
        MOVED,
        /** One of the most central items of the graph (by importance): a key reading. */
        CENTRAL
    }
}
