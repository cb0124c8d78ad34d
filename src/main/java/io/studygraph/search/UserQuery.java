package io.studygraph.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed into the search box, read as people mean it: words, "quoted phrases",
 * -exclusions and prefix* words. Everything else is text: a stray {@code (} or {@code :} is just
 * a character, never syntax, so no input can make a search fail.
 */
record UserQuery(String text, List<Clause> clauses, boolean trimmed) {

    /** Words past this many are not even read (trimmed): it bounds the work of any query, however long. */
    static final int MAX_CLAUSES = 32;

    enum Type { WORD, PHRASE, PREFIX }

    record Clause(String text, Type type, boolean excluded) {}

    static UserQuery parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && clauses.size() < MAX_CLAUSES) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (excluded) i++;
            if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '“')) {
                int end = indexOfAny(text, i + 1, "\"”");
                String phrase = text.substring(i + 1, end < 0 ? n : end).strip();
                if (!phrase.isEmpty()) clauses.add(new Clause(phrase, Type.PHRASE, excluded));
                i = end < 0 ? n : end + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) end++;
            String word = text.substring(i, end);
            i = end;
            // Even "d*" is one term: the names' prefixes are indexed. QueryTranslator bounds the rest.
            boolean prefix = word.endsWith("*");
            String clean = word.replace("*", "").strip();
            if (clean.isEmpty() || clean.chars().noneMatch(Character::isLetterOrDigit)) continue;
            clauses.add(new Clause(clean, prefix ? Type.PREFIX : Type.WORD, excluded));
        }
        boolean trimmed = clauses.size() == MAX_CLAUSES && text.substring(i).chars().anyMatch(Character::isLetterOrDigit);
        return new UserQuery(text.strip(), List.copyOf(clauses), trimmed);
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    boolean hasPositive() {
        return clauses.stream().anyMatch(c -> !c.excluded());
    }
}
