package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A display name split the way citations and reconciliation need it: "Jonathan Ho" is family "Ho",
 * given "Jonathan"; "Ho, Jonathan" says so itself; "Hans van den Berg" keeps "van den" with the
 * family name. A name of one word (an organisation as author, a handle) has no given names.
 *
 * <p>Two spellings of one person's name are {@linkplain #sameAs compatible} when the family names
 * agree and each given name of the shorter spelling is, in order, a given name or the initial of
 * one in the longer: "J. Ho" and "D. P. Kingma" are the "Jonathan Ho" and "Diederik P. Kingma" of
 * another source, "Alexandra Nichol" is not "Alex Nichol".
 */
public record PersonName(String family, List<String> given) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
            "le", "la", "dos", "das", "ter", "ten", "bin", "al");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    public static PersonName parse(String name) {
        String text = name.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma > 0) return new PersonName(text.substring(0, comma).strip(), words(text.substring(comma + 1)));
        List<String> words = words(text);
        if (words.size() <= 1) return new PersonName(text, List.of());
        int family = words.size() - 1;
        // "Amauri Holanda de Souza Jr": a suffix goes with the family name, not in its place.
        if (family > 1 && SUFFIXES.contains(words.get(family).toLowerCase(Locale.ROOT))) family--;
        while (family > 1 && PARTICLES.contains(words.get(family - 1).toLowerCase(Locale.ROOT))) family--;
        return new PersonName(String.join(" ", words.subList(family, words.size())), words.subList(0, family));
    }

    /** "Jonathan" → "J."; "Jean-Pierre" → "J.-P."; "M." stays "M.". */
    public String initials() {
        return String.join(" ", given.stream().map(PersonName::initial).toList());
    }

    /**
     * The key every spelling of this name that {@link #sameAs} could accept shares: the family
     * name's slug and the first given name's initial ("~ho-j"). Empty for a name without given names.
     * It never equals a {@link Slugs#of} key, so one index field can hold both.
     */
    public Optional<String> matchKey() {
        List<String> parts = givenParts();
        if (parts.isEmpty() || Slugs.of(family).isEmpty()) return Optional.empty();
        return Optional.of("~" + Slugs.of(family) + "-" + parts.get(0).charAt(0));
    }

    /** Whether {@code other} can be another spelling of this name: see the class comment. */
    public boolean sameAs(PersonName other) {
        if (!Slugs.of(family).equals(Slugs.of(other.family))) return false;
        List<String> a = givenParts(), b = other.givenParts();
        if (a.isEmpty() || b.isEmpty() || !agree(a.get(0), b.get(0))) return false;
        List<String> shorter = a.size() <= b.size() ? a : b, longer = shorter == a ? b : a;
        int at = 1;
        for (String part : shorter.subList(1, shorter.size())) {
            while (at < longer.size() && !agree(part, longer.get(at))) at++;
            if (at++ >= longer.size()) return false;
        }
        return true;
    }

    /** Given names in folded lower case, split at dots and hyphens: "D.P." and "Jean-Pierre" are two each. */
    private List<String> givenParts() {
        List<String> parts = new ArrayList<>();
        for (String word : given) {
            if (PARTICLES.contains(word.toLowerCase(Locale.ROOT))) continue;
            for (String p : Slugs.fold(word).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!p.isEmpty()) parts.add(p);
        }
        return parts;
    }

    /** The same given name, or one is the other's initial. */
    private static boolean agree(String a, String b) {
        return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
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
