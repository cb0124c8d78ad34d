package io.studygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keeps the clauses of a query that fit in a number of words. One clause can hold many words
 * ("a-b-c-…" or a long phrase), and each word costs a clause per field, so words are counted as
 * analysis makes them; the clause that crosses the limit keeps its first words.
 */
final class TermBudget {
    private TermBudget() {}

    /** The clauses kept, and whether anything of the query was left out. */
    record Kept(List<UserQuery.Clause> clauses, boolean trimmed) {}

    static Kept keep(UserQuery uq, int maxWords, Function<String, List<String>> words) {
        List<UserQuery.Clause> kept = new ArrayList<>();
        int left = maxWords;
        for (UserQuery.Clause c : uq.clauses()) {
            List<String> parts = words.apply(c.text());
            if (parts.isEmpty()) continue;
            if (left == 0) return new Kept(kept, true);
            if (parts.size() <= left) {
                kept.add(c);
                left -= parts.size();
            } else {
                kept.add(new UserQuery.Clause(String.join(" ", parts.subList(0, left)), c.type(), c.excluded()));
                return new Kept(kept, true);
            }
        }
        return new Kept(kept, uq.trimmed());
    }
}
