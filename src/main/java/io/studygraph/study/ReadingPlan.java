package io.studygraph.study;

import java.util.List;

/**
 * A reading plan: the steps in order, what to read next, the cycles it broke and the prerequisites
 * the learner's moves broke. Immutable; serialises to JSON as it is.
 *
 * @param target the item the plan leads to, or null for the whole list
 * @param nextUp unread (unknown) steps whose prerequisites are all done, in plan order, at most
 *     {@link ReadingPlans#NEXT_UP}
 */
public record ReadingPlan(String target, int done, int total, List<PlanStep> steps, List<PlanStep> nextUp,
        List<PlanCycle> cycles, List<BrokenEdge> broken) {

    public ReadingPlan {
        steps = List.copyOf(steps);
        nextUp = List.copyOf(nextUp);
        cycles = List.copyOf(cycles);
        broken = List.copyOf(broken);
    }

    /** The same plan without its optional steps (kept when started or done), renumbered: the short plan. */
    public ReadingPlan withoutOptional() {
        List<PlanStep> kept = new java.util.ArrayList<>();
        for (PlanStep s : steps) {
            if (s.optional() && !s.status().started()) continue;
            kept.add(new PlanStep(kept.size() + 1, s.iri(), s.kind(), s.label(), s.date(), s.status(), s.optional(), s.importance(), s.centrality(), s.reasons()));
        }
        java.util.Set<String> left = new java.util.HashSet<>();
        kept.forEach(s -> left.add(s.iri()));
        List<PlanStep> next = kept.stream().filter(s -> nextUp.stream().anyMatch(n -> n.iri().equals(s.iri()))).toList();
        return new ReadingPlan(target, (int) kept.stream().filter(s -> s.status().finished()).count(), kept.size(), kept, next, cycles,
                broken.stream().filter(b -> left.contains(b.before()) && left.contains(b.after())).toList());
    }

    /** The plan as plain text for a terminal: numbered steps, a [x] or [ ] mark, each reason indented. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Reading plan").append(target == null ? "" : " for " + label(target)).append(": ")
                .append(done).append(" of ").append(total).append(" done\n");
        int width = String.valueOf(steps.size()).length();
        for (PlanStep s : steps) {
            sb.append(String.format("%" + width + "d. [%s] %s (%s)%s%n", s.position(), s.status().finished() ? "x"
                    : s.status().started() ? "~" : " ", s.label(), s.kind(), s.optional() ? " — optional" : ""));
            for (PlanReason r : s.reasons()) sb.append(" ".repeat(width + 6)).append(r.sentence()).append('\n');
        }
        if (!nextUp.isEmpty()) {
            sb.append("Next up:");
            nextUp.forEach(s -> sb.append(' ').append(s.position()).append(". ").append(s.label()).append(';'));
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        broken.forEach(b -> sb.append("Broken by a move: ").append(b.sentence()).append('\n'));
        return sb.toString();
    }

    private String label(String iri) {
        return steps.stream().filter(s -> s.iri().equals(iri)).map(PlanStep::label).findFirst().orElse(iri);
    }
}
