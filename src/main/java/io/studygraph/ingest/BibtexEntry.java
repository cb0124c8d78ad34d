package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One BibTeX entry as written: type and key in lower case, the line it starts on, and its raw
 * field values by lower-case field name ("Archiveprefix" and "archivePrefix" are one field). The
 * accessors decode LaTeX and read identifiers wherever people put them.
 */
record BibtexEntry(String type, String key, int line, Map<String, String> fields) {
    private static final Pattern ARXIV_EPRINT = Pattern.compile(
            "^(?:arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_URL = Pattern.compile("^https?://(?:dx\\.)?doi\\.org/", Pattern.CASE_INSENSITIVE);
    private static final List<String> LINK_FIELDS = List.of("url", "howpublished", "note", "journal");

    Optional<String> raw(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** The field as plain Unicode text, or empty when absent or blank. */
    Optional<String> text(String field) {
        return raw(field).map(LatexText::decode).filter(s -> !s.isEmpty());
    }

    Optional<String> arxivId() {
        boolean arxivPrefix = text("archiveprefix").map(p -> p.equalsIgnoreCase("arxiv")).orElse(true);
        Optional<String> eprint = text("eprint").filter(e -> arxivPrefix).map(e -> ARXIV_EPRINT.matcher(e.strip()))
                .filter(Matcher::matches).map(m -> m.group(1));
        if (eprint.isPresent()) return eprint;
        // "arXiv preprint arXiv:1312.6114" in journal, "https://arxiv.org/abs/2008.03824" (nerf.bib), in url, note or howpublished.
        return WorkRecord.arxivIdIn(Stream.of("journal", "url", "note", "howpublished", "booktitle")
                .map(f -> text(f).orElse(null)).toArray(String[]::new));
    }

    Optional<String> doi() {
        Optional<String> doi = text("doi").map(d -> DOI_URL.matcher(d.strip()).replaceFirst(""));
        return doi.or(() -> urls().stream().filter(u -> DOI_URL.matcher(u).find()).map(u -> DOI_URL.matcher(u).replaceFirst("")).findFirst());
    }

    /** Web addresses in url, and in howpublished, note or journal (a url command, "Journal = {https://...}"). */
    List<String> urls() {
        Set<String> urls = new LinkedHashSet<>();
        for (String field : LINK_FIELDS) text(field).ifPresent(t -> urls.addAll(LinkClassifier.findUrls(t)));
        return List.copyOf(urls);
    }

    /**
     * A journal or booktitle that is really a web address (nerf.bib's "Journal = {https://github.com/...}") is none.
     * Venue names are matched against patterns that cost the square of their length, so only the first
     * characters of an endless one are read, as for a line of a list ({@link LineCap}).
     */
    Optional<String> venue() {
        return text("journal").or(() -> text("booktitle")).filter(v -> LinkClassifier.findUrls(v).isEmpty()).map(LineCap::head);
    }

    boolean fromArxiv() {
        return text("archiveprefix").map(p -> p.equalsIgnoreCase("arxiv")).orElse(false)
                || raw("journal").flatMap(WorkRecord::arxivIdIn).isPresent();
    }

    /**
     * "Abadi, Mart{\'\i}n and Barham, Paul and ... and et al." → "Martín Abadi", "Paul Barham": given
     * name first; "others" and "et al." are no one. "and" inside braces ("{Barnes and Noble}") is part of a name.
     */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        for (String part : splitOnAnd(raw("author").orElse(""))) {
            String name = withoutTrailingCommas(LatexText.decode(part));
            if (name.isEmpty() || name.matches("(?i)others|et\\.? ?al\\.?")) continue;
            names.add(WorkRecord.givenFirst(name));
        }
        return names;
    }

    /** The pattern "[,\\s]+$" would cost the square of a long run of commas inside a name; this is one pass. */
    private static String withoutTrailingCommas(String name) {
        int end = name.length();
        while (end > 0 && ", \t\n\u000B\f\r".indexOf(name.charAt(end - 1)) >= 0) end--;
        return name.substring(0, end);
    }

    private static List<String> splitOnAnd(String authors) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = authors.toLowerCase(Locale.ROOT);
        for (int i = 0; i < authors.length(); i++) {
            char c = authors.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1)
                    && i + 4 < authors.length() && Character.isWhitespace(authors.charAt(i + 4))) {
                parts.add(authors.substring(start, i));
                start = i + 4;
                i += 3;
            }
        }
        parts.add(authors.substring(start));
        return parts;
    }
}
