package io.studygraph.export;

import io.studygraph.graph.PersonName;
import java.util.ArrayList;
import java.util.List;

/**
 * A RIS record for a work, as Zotero, Mendeley and EndNote read it: one {@code TAG  - value} line
 * per field, authors one {@code AU} line each in byline order, ending with {@code ER}. RIS is
 * line-based, so a line break inside a value becomes a space.
 *
 * <pre>{@code
 * String record = Ris.record(work);
 * }</pre>
 */
public final class Ris {
    private Ris() {}

    public static String record(CitedWork work) {
        List<String> lines = new ArrayList<>();
        add(lines, "TY", type(work));
        work.authors().forEach(name -> add(lines, "AU", author(name)));
        add(lines, "TI", work.title());
        add(lines, "PY", work.year());
        add(lines, "DA", date(work.date()));
        add(lines, "T2", work.venue());
        add(lines, "VL", work.volume());
        add(lines, "DO", work.doi());
        add(lines, "UR", work.url() != null ? work.url() : work.link());
        if (work.arxivId() != null) add(lines, "N1", "arXiv: " + work.arxivId());
        lines.add("ER  - ");
        return String.join("\n", lines) + "\n";
    }

    /** The RIS type: the BibTeX type decides for papers (a conference's, a journal's, a preprint). */
    static String type(CitedWork work) {
        return switch (work.kind()) {
            case "book" -> "BOOK";
            case "video" -> "VIDEO";
            case "repo" -> "COMP";
            case "tutorial", "question" -> "ELEC";
            default -> switch (Bibtex.type(work)) {
                case "inproceedings" -> "CPAPER";
                case "article" -> "JOUR";
                default -> "UNPB";
            };
        };
    }

    // "2020-06-19" → "2020/06/19/", "2020-06" → "2020/06//": RIS's DA is year/month/day/other.
    private static String date(String date) {
        if (date == null || !date.matches("\\d{4}(-\\d{2}){0,2}.*")) return null;
        String[] parts = date.substring(0, Math.min(date.length(), 10)).split("-");
        return parts[0] + "/" + (parts.length > 1 ? parts[1] : "") + "/" + (parts.length > 2 ? parts[2] : "") + "/";
    }

    private static String author(String name) {
        PersonName parsed = PersonName.parse(name);
        return parsed.given().isEmpty() ? parsed.family() : parsed.family() + ", " + String.join(" ", parsed.given());
    }

    private static void add(List<String> lines, String tag, String value) {
        if (value == null || value.isBlank()) return;
        lines.add(tag + "  - " + value.replaceAll("[\\r\\n]+", " ").strip());
    }
}
