package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formatted reference as Google Scholar and most reading lists give it, parsed into its parts.
 * Understands MLA ({@code Dhariwal, Prafulla, and Alexander Nichol. "Title." Venue 34 (2021): 8780-8794.})
 * and APA ({@code Ho, J., Jain, A., & Abbeel, P. (2020). Title. Venue, 33, 6840-6851.}).
 *
 * @param authors names in order, given name first ("Prafulla Dhariwal")
 */
record Citation(List<String> authors, String title, String venue, String volume, String year, String pages,
                String arxivId) {

    private static final Pattern MLA = Pattern.compile("^(?<authors>.+?)\\.\\s+[\"“](?<title>.+?)[.,]?[\"”]\\s*(?<rest>.*)$");
    private static final Pattern APA = Pattern.compile("^(?<authors>.+?)\\s+\\((?<year>\\d{4})[a-z]?\\)\\.\\s+(?<title>.+?)\\.\\s+(?<rest>.*)$");
    private static final Pattern MLA_VENUE = Pattern.compile(
            "^(?<venue>.*?)\\s*(?<volume>\\d+(?:\\.\\d+)?)?\\s*\\((?<year>\\d{4})\\)(?::\\s*(?<pages>\\d+\\s*[-–]+\\s*\\d+|\\d+))?");
    // A chapter: "Book Title. Place: Publisher, 2022. 57-127." The book is not a venue; year and pages are kept.
    private static final Pattern MLA_CHAPTER = Pattern.compile(
            "^[^.]+\\.\\s+(?:[^:.]+:\\s*)?[^,.]+,\\s*(?<year>\\d{4})\\.?(?:\\s*(?<pages>\\d+\\s*[-–]+\\s*\\d+))?");
    private static final Pattern APA_VENUE = Pattern.compile(
            "^(?<venue>[^,]+?)(?:,\\s*(?<volume>\\d+)(?:\\(\\d+\\))?)?(?:,\\s*(?<pages>\\d+\\s*[-–]+\\s*\\d+|\\d+))?\\.?\\s*$");
    private static final Pattern APA_AUTHOR = Pattern.compile("([^,&]+?),\\s*((?:\\p{Lu}[\\p{Ll}]*\\.?[\\s-]*)+)(?:,|$)");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "dos", "ten", "ter", "bin", "al", "el");
    private static final Pattern ARXIV = Pattern.compile("arXiv:\\s*(\\d{4}\\.\\d{4,5})(?:v\\d+)?", Pattern.CASE_INSENSITIVE);

    static Optional<Citation> parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher apa = APA.matcher(t);
        if (apa.matches() && apa.group("authors").matches(".*\\p{Lu}\\.,?.*")) {
            List<String> authors = apaAuthors(apa.group("authors"));
            if (!authors.isEmpty()) return Optional.of(withVenue(authors, apa.group("title"), apa.group("rest"), apa.group("year"), APA_VENUE));
        }
        Matcher mla = MLA.matcher(t);
        if (mla.matches()) {
            String names = mla.group("authors");
            // The full stop before the title also closes a final initial: "Tomczak, Jakub M."
            List<String> authors = mlaAuthors(names.matches(".*\\b\\p{Lu}$") ? names + "." : names);
            if (!authors.isEmpty()) return Optional.of(withVenue(authors, mla.group("title"), mla.group("rest"), null, MLA_VENUE));
        }
        return Optional.empty();
    }

    private static Citation withVenue(List<String> authors, String title, String rest, String year, Pattern venuePattern) {
        String arxiv = null;
        Matcher ax = ARXIV.matcher(rest);
        if (ax.find()) arxiv = ax.group(1);
        Matcher v = venuePattern.matcher(rest.strip());
        String venue = null, volume = null, pages = null;
        if (v.find()) {
            venue = v.group("venue");
            volume = v.group("volume");
            pages = v.group("pages") == null ? null : v.group("pages").replaceAll("\\s*[-–]+\\s*", "-");
            if (year == null && venuePattern == MLA_VENUE) year = v.group("year");
        } else if (venuePattern == MLA_VENUE) {
            Matcher chapter = MLA_CHAPTER.matcher(rest.strip());
            if (chapter.find()) {
                year = chapter.group("year");
                pages = chapter.group("pages") == null ? null : chapter.group("pages").replaceAll("\\s*[-–]+\\s*", "-");
            }
        }
        if (arxiv != null) {
            venue = "arXiv"; // "arXiv preprint arXiv:2211.17091": the number is an identifier, not a volume
            volume = null;
        }
        venue = venue == null ? null : venue.replaceAll("[\\s,.:;]+$", "").strip();
        return new Citation(List.copyOf(authors), title.strip(), venue == null || venue.isEmpty() ? null : venue,
                volume, year, pages, arxiv);
    }

    /** "Kim, Dongjun, Yeongmin Kim, and Il-Chul Moon": only the first author is inverted. */
    static List<String> mlaAuthors(String text) {
        String cleaned = text.replaceAll(",?\\s+et al\\.?$", "");
        List<String> parts = new ArrayList<>();
        for (String p : cleaned.split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+")) {
            if (!p.isBlank()) parts.add(p.strip());
        }
        if (parts.size() >= 2 && isFamilyName(parts.get(0))) {
            String first = parts.get(1) + " " + parts.get(0);
            parts.remove(0);
            parts.set(0, first);
        }
        return parts.stream().map(Citation::tidyName).toList();
    }

    /** "Kim" or "Van den Oord": one word, or words that are all particles but the last. */
    private static boolean isFamilyName(String part) {
        String[] words = part.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!PARTICLES.contains(words[i].toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static List<String> apaAuthors(String text) {
        List<String> out = new ArrayList<>();
        // Google Scholar elides middle authors: "Gomez, A. N., ... & Polosukhin, I."
        Matcher m = APA_AUTHOR.matcher(text.replaceAll("\\s*(?:\\.\\.\\.|…)\\s*", " ").replace("&", ""));
        while (m.find()) out.add(tidyName(m.group(2).strip() + " " + m.group(1).strip()));
        return out;
    }

    private static String tidyName(String name) {
        return name.replaceAll("\\s+", " ").strip();
    }
}
