package io.studygraph.study;

/** The learner put {@code item} at a 1-based {@code position} of the whole-list plan. */
public record PlanMove(String item, int position) {
    public PlanMove {
        if (item == null || item.isBlank()) throw StudyException.badInput("A plan move needs the item's IRI");
        if (position < 1) throw StudyException.badInput("A plan position starts at 1; " + position + " is not one");
    }
}
