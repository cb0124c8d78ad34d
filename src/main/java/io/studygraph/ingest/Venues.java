package io.studygraph.ingest;

import io.studygraph.graph.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a work appeared, as people write it: "NIPS 2017", "Proceedings of the 35th International
 * Conference on Machine Learning", "ICLR'22", "arXiv preprint arXiv:2012.09790". Known venues get
 * one short name ({@link VenueNames}); anything else is kept as written, only tidied.
 *
 * <pre>{@code
 * Venues.normalise("Advances in Neural Information Processing Systems 33");   // "NeurIPS"
 * Venues.parse("(ICML 2019)");          // Mention[venue=ICML, year=2019, start=1, end=10]
 * Venues.find("as shown at IROS 2017, ..."); // the IROS mention, with its offsets
 * }</pre>
 */
final class Venues {
    /** A venue statement: the venue's display name or null, a four-digit year or null, and its span. */
    record Mention(String venue, String year, int start, int end) {}

    // Words that decorate a venue's name without changing which venue it is: "Proceedings of the",
    // "In", "IEEE/CVF", "Annual", "Volume 1" ("Proceedings of the 25th International Conference on
    // Neural Information Processing Systems, Volume 1", d2l.bib). Numbers go too: years and 'yy.
    private static final Set<String> NOISE = Set.of("in", "proc", "proceedings", "of", "the", "ieee", "cvf", "acm",
            "usenix", "annual", "volume", "vol", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final Pattern ORDINAL_OR_NUMBER = Pattern.compile("\\d+(?:st|nd|rd|th)?");
    // "Ar{X}iv:2010.02178", "arXiv preprint arXiv:2012.09790", "CoRR abs/1412.6980": the id is not the venue.
    private static final Pattern ARXIV_ID = Pattern.compile("(?:arxiv:\\s*|abs/)?\\d{4}\\.\\d{4,5}(?:v\\d+)?", Pattern.CASE_INSENSITIVE);
    // "ICML 2011", "NeurIPS, 2021", "ICLR'22", "(ICML 2019)": a year at the end of the statement.
    private static final Pattern YEAR_AT_END = Pattern.compile("(?:^|[\\s,(]+|(?<=\\p{L})['’])((?:1[89]|20)\\d{2})$|['’](\\d{2})$");
    // After a known venue in running text: " 2017", ", 2017", "'22", " (1996)".
    private static final Pattern YEAR_AFTER = Pattern.compile("^(?:,?\\s*((?:1[89]|20)\\d{2})\\b|['’](\\d{2})\\b|\\s*\\(\\s*((?:1[89]|20)\\d{2})\\s*\\))");
    // Lower-case words a venue's name may contain: "Synthesis Lectures on Artificial Intelligence and ...".
    private static final Set<String> CONNECTORS = Set.of("of", "on", "and", "for", "the", "in", "at", "to", "&",
            "de", "la", "du", "des", "di", "für", "und", "et", "e");
    // Words that make a phrase a venue rather than a person's name: "Morgan & Claypool Publishers".
    private static final Pattern VENUE_WORD = Pattern.compile(
            "(?i)conference|journal|proceedings|workshop|symposium|transactions|letters|review|press|publishers?|"
            + "lectures|series|magazine|university|institute|society|preprint|meeting|forum|annals|quarterly");
    private static final Pattern PREVIOUS_CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}.-]*\\s+$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.");

    private static final Map<String, String> BY_KEY = byKey();
    private static final Pattern KNOWN_IN_TEXT = knownInText();

    private Venues() {}

    /** The venue's short name if it is known ("Proc. of ICML 2019" → "ICML"), else the text tidied. */
    static String normalise(String raw) {
        if (raw == null) return null;
        String tidy = tidy(raw);
        return known(tidy).orElse(tidy);
    }

    /** The venue's short name, only if the registry knows it. */
    static Optional<String> known(String raw) {
        String tidy = tidy(raw);
        List<String> candidates = new ArrayList<>();
        candidates.add(tidy);
        // "Advances in Neural Information Processing Systems (NeurIPS)": the name, then the acronym.
        candidates.add(tidy.replaceAll("\\([^)]*\\)", " "));
        Matcher paren = Pattern.compile("\\(([^)]*)\\)").matcher(tidy);
        while (paren.find()) candidates.add(paren.group(1));
        // "COLING Budapest 1988 Volume 1: International Conference on Computational Linguistics",
        // "22nd Annual International ACM Conference on ..., SIGIR 1999": one part names the venue.
        for (String part : tidy.split("[,:;]")) candidates.add(part);
        return candidates.stream().map(c -> BY_KEY.get(key(c))).filter(v -> v != null).findFirst();
    }

    /**
     * A venue statement as written after a title: "ICML 2011.", "IEEE SPM 2017", "Findings of EMNLP,
     * 2020", "2016." (year only). Empty when the text is prose or a list of names.
     */
    static Optional<Mention> parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && " \t([".indexOf(text.charAt(start)) >= 0) start++;
        while (end > start && " \t.,;:)]".indexOf(text.charAt(end - 1)) >= 0) end--;
        String body = text.substring(start, end);
        Matcher y = YEAR_AT_END.matcher(body);
        String year = null;
        String venuePart = body;
        if (y.find()) {
            year = y.group(1) != null ? y.group(1) : century(y.group(2));
            venuePart = body.substring(0, y.start()).replaceAll("[\\s,;:(]+$", "");
        }
        if (venuePart.isBlank()) return year == null ? Optional.empty() : Optional.of(new Mention(null, year, start, end));
        Optional<String> known = known(venuePart);
        if (known.isPresent()) return Optional.of(new Mention(known.get(), year, start, end));
        // An unknown name is believed only beside a year, and only when it reads like a venue.
        if (year == null || !readsLikeVenue(venuePart)) return Optional.empty();
        return Optional.of(new Mention(tidy(venuePart.split(",")[0]), year, start, end));
    }

    /**
     * The first known venue followed by a year in running text: "... (JAIR 1996) ...", "our IROS 2017
     * paper", "ICLR'22". Unknown capitalised words are never taken for a venue.
     */
    static Optional<Mention> find(String text) {
        Matcher m = KNOWN_IN_TEXT.matcher(text);
        while (m.find()) {
            String alias = m.group();
            // "by nature 2020" is prose; a venue named by an ordinary word is written capitalised.
            if (Character.isLowerCase(alias.charAt(0)) && !alias.regionMatches(true, 0, "arxiv", 0, 5)) continue;
            // "Computer Science 2019" is not the journal Science: a one-word name must stand alone.
            if (alias.matches("\\p{Lu}\\p{Ll}+") && PREVIOUS_CAPITALISED.matcher(text.substring(0, m.start())).find()) continue;
            Matcher y = YEAR_AFTER.matcher(text.substring(m.end()));
            if (!y.find()) continue;
            String year = y.group(1) != null ? y.group(1) : y.group(3) != null ? y.group(3) : century(y.group(2));
            return Optional.of(new Mention(BY_KEY.get(key(alias)), year, m.start(), m.end() + y.end()));
        }
        return Optional.empty();
    }

    /** "ICLR'22" → 2022, "CVPR'05" → 2005, "NIPS'98" → 1998. */
    private static String century(String yy) {
        return (Integer.parseInt(yy) <= 50 ? "20" : "19") + yy;
    }

    /** Whitespace collapsed, trailing punctuation gone: "Neural  Computation." → "Neural Computation". */
    private static String tidy(String raw) {
        return raw.replaceAll("\\s+", " ").strip().replaceAll("[\\s.,;:]+$", "");
    }

    /** Every word capitalised, an acronym, a number or a connector; not two or more people's names. */
    private static boolean readsLikeVenue(String part) {
        if (part.matches("(?i).*\\bet\\.? al\\b.*")) return false;
        // "(1st Edition, 1998)", "(2nd Edition, in progress, 2018)": which edition of a book, not where it appeared.
        if (part.matches("(?i).*\\b(?:\\d+(?:st|nd|rd|th)|first|second|third|revised)\\s+edition\\b.*")) return false;
        String[] segments = part.split(",|\\s+and\\s+");
        long names = java.util.Arrays.stream(segments).filter(Venues::readsLikeName).count();
        if (segments.length >= 2 && names >= 2) return false;
        String[] words = segments[0].strip().split("\\s+");
        if (words.length > 14) return false;
        if (!Character.isUpperCase(part.codePointAt(0)) && !Character.isDigit(part.codePointAt(0))) return false;
        for (String w : part.split("[\\s,]+")) {
            if (w.isEmpty() || CONNECTORS.contains(w)) continue;
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) return false;
        }
        return true;
    }

    private static boolean readsLikeName(String segment) {
        String[] words = segment.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || VENUE_WORD.matcher(segment).find()) return false;
        return java.util.Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches() && !w.equals(w.toUpperCase(Locale.ROOT)) || w.matches("\\p{Lu}\\."));
    }

    /** What two spellings of one venue have in common: lower case, no accents, no decoration. */
    static String key(String text) {
        String k = ARXIV_ID.matcher(Slugs.fold(text)).replaceAll(" ").toLowerCase(Locale.ROOT).replace("&", " and ");
        return java.util.Arrays.stream(k.split("[^a-z0-9]+"))
                .filter(t -> !t.isEmpty() && !NOISE.contains(t) && !ORDINAL_OR_NUMBER.matcher(t).matches())
                .collect(Collectors.joining(" "));
    }

    private static Map<String, String> byKey() {
        Map<String, String> map = new LinkedHashMap<>();
        VenueNames.ALL.forEach((name, aliases) -> {
            map.putIfAbsent(key(name), name);
            aliases.forEach(a -> map.putIfAbsent(key(a), name));
        });
        return map;
    }

    /** Every name and alias as a whole-word pattern, longest first, so "SIGGRAPH Asia" beats "SIGGRAPH". */
    private static Pattern knownInText() {
        List<String> spellings = new ArrayList<>();
        VenueNames.ALL.forEach((name, aliases) -> {
            spellings.add(name);
            spellings.addAll(aliases);
        });
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = spellings.stream()
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
