package io.studygraph.export;

import io.studygraph.graph.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX entries for works: {@code @inproceedings} for a paper of a conference, {@code @article} of a
 * journal, {@code @misc} for a preprint and for tutorials, videos and code, {@code @book} for a book.
 * Keys read like Google Scholar's ({@code ho2020denoising}); an export of many works keeps them
 * unique with {@link #uniqueKey}. LaTeX's special characters are escaped and capitals that must stay
 * capitals ("GANs", "U-Net") are braced; other characters stay UTF-8, which biber and bibtex8 read.
 *
 * <pre>{@code
 * String entry = Bibtex.entry(work, Bibtex.key(work));
 * }</pre>
 */
public final class Bibtex {
    private static final Set<String> SKIPPED_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "with",
            "from", "by", "at", "towards", "toward", "via");
    // A venue that says it is a meeting, or reads as a conference acronym ("NeurIPS", "ICML 2021").
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?i).*\\b(conference|proceedings|symposium|workshop|meeting|congress)\\b.*|(?-i)[A-Z][A-Za-z]*[A-Z][A-Za-z]*(\\s+\\d{4})?");
    private static final Pattern PREPRINT = Pattern.compile("(?i)(arxiv|biorxiv|medrxiv|ssrn)\\b.*");
    private static final Pattern SPECIAL = Pattern.compile("[\\\\{}&%$#_~^]");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\S+");

    private Bibtex() {}

    /** "ho2020denoising": first author's family name, year, first word of the title that says something. */
    public static String key(CitedWork work) {
        String author = work.authors().isEmpty() ? "" : ascii(PersonName.parse(work.authors().get(0)).family());
        String word = java.util.Arrays.stream(work.title().split("[^\\p{L}\\p{N}]+"))
                .map(w -> ascii(w)).filter(w -> !w.isEmpty() && !SKIPPED_WORDS.contains(w)).findFirst().orElse("");
        String key = author + (work.year() == null ? "" : work.year()) + word;
        return key.isEmpty() ? "work" : key;
    }

    /** {@link #key} made unique among {@code taken} with a letter ("ho2020denoisinga"), and added to it. */
    public static String uniqueKey(CitedWork work, Set<String> taken) {
        String base = key(work);
        String key = base;
        for (int i = 0; taken.contains(key); i++) key = base + suffix(i);
        taken.add(key);
        return key;
    }

    /** The entry, fields one per line, ending with a newline. */
    public static String entry(CitedWork work, String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", protectCapitals(escape(work.title())));
        if (!work.authors().isEmpty()) fields.put("author", String.join(" and ", work.authors().stream().map(Bibtex::author).toList()));
        String type = type(work);
        if (work.venue() != null) {
            String container = switch (type) {
                case "inproceedings" -> "booktitle";
                case "article" -> "journal";
                case "book" -> "publisher";
                default -> "howpublished";
            };
            fields.put(container, escape(work.venue()));
        }
        if (work.volume() != null) fields.put("volume", escape(work.volume()));
        if (work.year() != null) fields.put("year", work.year());
        if (work.doi() != null) fields.put("doi", verbatim(work.doi()));
        if (work.arxivId() != null) {
            fields.put("eprint", verbatim(work.arxivId()));
            fields.put("archivePrefix", "arXiv");
        }
        String url = work.url() != null ? work.url() : work.link();
        if (url != null) fields.put("url", verbatim(url));
        StringBuilder out = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        List<String> lines = new ArrayList<>();
        fields.forEach((name, value) -> lines.add("  " + name + " = {" + value + "}"));
        return out.append(String.join(",\n", lines)).append("\n}\n").toString();
    }

    /** Text with LaTeX's special characters escaped: "Q&A_1" → "Q\&A\_1". */
    public static String escape(String text) {
        Matcher m = SPECIAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group()) {
                case "\\" -> "\\textbackslash{}";
                case "~" -> "\\textasciitilde{}";
                case "^" -> "\\textasciicircum{}";
                default -> "\\" + m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    static String type(CitedWork work) {
        if (work.kind().equals("book")) return "book";
        if (!work.kind().equals("paper") || work.venue() == null || PREPRINT.matcher(work.venue()).matches()) return "misc";
        return CONFERENCE.matcher(work.venue()).matches() ? "inproceedings" : "article";
    }

    // "Family, Given": unambiguous for BibTeX whatever the particles; a one-word name (an organisation) braced whole.
    private static String author(String name) {
        PersonName parsed = PersonName.parse(name);
        if (parsed.given().isEmpty()) return "{" + escape(parsed.family()) + "}";
        return escape(parsed.family()) + ", " + escape(String.join(" ", parsed.given()));
    }

    // Styles lower-case titles; a word with a capital past its first letter is an acronym or a name.
    private static String protectCapitals(String title) {
        return INNER_CAPITAL.matcher(title).replaceAll(m -> {
            String word = m.group();
            String letters = word.replaceFirst("^[^\\p{L}\\\\]+", "");
            boolean inner = letters.length() > 1 && !letters.startsWith("\\") && letters.substring(1).chars().anyMatch(Character::isUpperCase);
            return Matcher.quoteReplacement(inner ? "{" + word + "}" : word);
        });
    }

    // Addresses and identifiers are read verbatim; only what would end the field is dropped.
    private static String verbatim(String value) {
        return value.replaceAll("[{}\\\\]", "");
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String suffix(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : suffix(i / 26 - 1) + (char) ('a' + i % 26);
    }
}
