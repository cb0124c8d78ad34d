package io.studygraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A display name split the way citations need it: "Jonathan Ho" is family "Ho", given "Jonathan";
 * "Ho, Jonathan" says so itself; "Hans van den Berg" keeps "van den" with the family name. A
 * name of one word (an organisation as author, a handle) has no given names.
 */
record PersonName(String family, List<String> given) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
            "le", "la", "dos", "das", "ter", "ten", "bin", "al");

    static PersonName parse(String name) {
        String text = name.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma > 0) return new PersonName(text.substring(0, comma).strip(), words(text.substring(comma + 1)));
        List<String> words = words(text);
        if (words.size() <= 1) return new PersonName(text, List.of());
        int family = words.size() - 1;
        while (family > 1 && PARTICLES.contains(words.get(family - 1))) family--;
        return new PersonName(String.join(" ", words.subList(family, words.size())), words.subList(0, family));
    }

    /** "Jonathan" → "J."; "Jean-Pierre" → "J.-P."; "M." stays "M.". */
    String initials() {
        return String.join(" ", given.stream().map(PersonName::initial).toList());
    }

    private static String initial(String word) {
        return String.join("-", Arrays.stream(word.split("-")).filter(p -> !p.isEmpty())
                .map(p -> p.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".")
                .toList());
    }

    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.stream(text.strip().split(" ")).filter(w -> !w.isEmpty()).toList());
    }
}
