package io.studygraph.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a text names the glossary's concepts. Each label is cut into words and keyed by the
 * words run together in lower case, so "U-Net", "U Net", "UNet" and "unet" share a key; a text is
 * cut into words once and each run of up to {@link #longestLabel} words is looked up, longest
 * first, so the work grows with the text, not with the number of concepts. Words are maximal runs
 * of letters and digits (any script), which keeps "U-Net" out of "MU-Net" and "U-Netting" and "GAN"
 * out of "organ". The last word may be an English plural (s, es, ies) or carry a possessive ('s).
 * Labels of one or two characters, and single common words, are never matched: too many false hits.
 */
public final class ConceptMentions {

    /** One mention: characters {@code [start, end)} of the text name {@code concept}. */
    public record Mention(int start, int end, String text, String concept) {}

    private static final Set<String> GENERIC = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "data", "for", "from", "has", "in", "is", "it",
            "its", "model", "models", "method", "methods", "not", "of", "on", "or", "paper", "that", "the", "this",
            "to", "use", "using", "was", "we", "with", "work", "result", "results", "network", "learning", "training");

    private final Map<String, List<String>> byKey = new HashMap<>();
    private final int longestLabel;

    /** {@code labels}: concept IRI → its labels (preferred, alternative, name). */
    public ConceptMentions(Map<String, ? extends Collection<String>> labels) {
        int longest = 1;
        for (Map.Entry<String, ? extends Collection<String>> e : labels.entrySet()) {
            for (String label : e.getValue()) {
                List<Word> words = words(label);
                if (words.isEmpty()) continue;
                StringBuilder key = new StringBuilder();
                words.forEach(w -> key.append(w.norm));
                if (key.length() <= 2 || (words.size() == 1 && GENERIC.contains(key.toString()))) continue;
                add(key.toString(), e.getKey());
                longest = Math.max(longest, words.size());
            }
        }
        this.longestLabel = longest;
    }

    private void add(String key, String concept) {
        List<String> concepts = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!concepts.contains(concept)) concepts.add(concept);
    }

    /** Whether any label can be matched. */
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /**
     * The mentions in {@code text}, in order, not overlapping: at each word the longest label that
     * starts there wins, and the search goes on after it. A label two concepts share yields a
     * mention of each.
     */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        if (text == null || text.isEmpty() || byKey.isEmpty()) return found;
        List<Word> words = words(text);
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            List<String> concepts = null;
            StringBuilder key = new StringBuilder();
            String[] keys = new String[Math.min(longestLabel, words.size() - i)];
            for (int n = 0; n < keys.length; n++) {
                if (n > 0 && !joinable(text, words.get(i + n - 1).end, words.get(i + n).start)) break;
                key.append(words.get(i + n).norm);
                keys[n] = key.toString();
            }
            for (int n = keys.length; n >= 1 && concepts == null; n--) {
                if (keys[n - 1] == null) continue;
                concepts = lookup(keys[n - 1], words.get(i + n - 1));
                if (concepts != null) matched = n;
            }
            if (concepts == null) {
                i++;
                continue;
            }
            int start = words.get(i).start;
            int end = words.get(i + matched - 1).end;
            for (String c : concepts) found.add(new Mention(start, end, text.substring(start, end), c));
            i += matched;
        }
        return found;
    }

    /** The concepts of a key, trying the last word as written, then as the singular of a plural. */
    private List<String> lookup(String key, Word last) {
        List<String> exact = byKey.get(key);
        if (exact != null || last.possessive) return exact;
        String w = last.norm;
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) return null;
        Set<String> candidates = new LinkedHashSet<>();
        String stem = key.substring(0, key.length() - w.length());
        if (w.endsWith("ies")) candidates.add(stem + w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) candidates.add(stem + w.substring(0, w.length() - 2));
        candidates.add(stem + w.substring(0, w.length() - 1));
        for (String c : candidates) {
            List<String> concepts = byKey.get(c);
            if (concepts != null) return concepts;
        }
        return null;
    }

    /** Two words belong to one label when only spaces or one hyphen (or dash) stand between them. */
    private static boolean joinable(String text, int from, int to) {
        int hyphens = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') hyphens++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return hyphens <= 1 && to - from <= 3;
    }

    private record Word(int start, int end, String norm, boolean possessive) {}

    /** Maximal runs of letters, digits and combining marks; a trailing 's is a possessive, dropped. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            int cp = text.codePointAt(k);
            if (!wordChar(cp)) {
                k += Character.charCount(cp);
                continue;
            }
            int start = k;
            while (k < n && wordChar(text.codePointAt(k))) k += Character.charCount(text.codePointAt(k));
            int end = k;
            boolean possessive = false;
            if (k + 1 < n && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')
                    && (text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')
                    && (k + 2 >= n || !wordChar(text.codePointAt(k + 2)))) {
                possessive = true;
                k += 2;
            }
            words.add(new Word(start, end, normalise(text.substring(start, end)), possessive));
        }
        return words;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == '_';
    }

    private static String normalise(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
