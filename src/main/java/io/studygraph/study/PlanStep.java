package io.studygraph.study;

import java.util.List;

/**
 * One step of a reading plan: a 1-based position, what to read (or learn, or watch), where the
 * learner is with it, and why it sits there. {@code importance}: how many steps depend on it,
 * directly or not. {@code centrality}: the entity's importance in the whole graph (0–1, PageRank
 * over citations, explanations, implementations and authorship; see {@code Importance}), which
 * orders steps that nothing else orders. {@code optional}: another step covers what it explains.
 */
public record PlanStep(int position, String iri, String kind, String label, String date, Status status,
        boolean optional, int importance, double centrality, List<PlanReason> reasons) {}
