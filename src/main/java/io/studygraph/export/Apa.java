package io.studygraph.export;

import io.studygraph.graph.PersonName;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference in APA 7 style: "Ho, J., Jain, A., &amp; Abbeel, P. (2020). Title. Venue, 33. https://doi.org/…"
 * (plain text, so the italics of the venue are left out). Up to 20 authors are all named; from 21,
 * the first 19, an ellipsis and the last. Without authors the title moves to the front.
 *
 * <pre>{@code
 * String reference = Apa.reference(work);
 * }</pre>
 */
public final class Apa {
    private static final int ALL_NAMED = 20;

    private Apa() {}

    public static String reference(CitedWork work) {
        List<String> parts = new ArrayList<>();
        String date = "(" + (work.year() == null ? "n.d." : work.year()) + ").";
        String title = sentence(work.title() + descriptor(work.kind()));
        if (work.authors().isEmpty()) {
            parts.add(title);
            parts.add(date);
        } else {
            parts.add(authors(work.authors()));
            parts.add(date);
            parts.add(title);
        }
        if (work.venue() != null) parts.add(sentence(work.venue() + (work.volume() == null ? "" : ", " + work.volume())));
        if (work.link() != null) parts.add(work.link());
        return String.join(" ", parts);
    }

    static String authors(List<String> names) {
        List<String> cited = names.stream().map(Apa::author).toList();
        if (cited.size() == 1) return end(cited.get(0));
        if (cited.size() > ALL_NAMED) {
            return String.join(", ", cited.subList(0, ALL_NAMED - 1)) + ", . . . " + end(cited.get(cited.size() - 1));
        }
        return String.join(", ", cited.subList(0, cited.size() - 1)) + ", & " + end(cited.get(cited.size() - 1));
    }

    private static String author(String name) {
        PersonName parsed = PersonName.parse(name);
        return parsed.given().isEmpty() ? parsed.family() : parsed.family() + ", " + parsed.initials();
    }

    private static String descriptor(String kind) {
        return switch (kind) {
            case "video" -> " [Video]";
            case "repo" -> " [Computer software]";
            default -> "";
        };
    }

    // Each element ends with a full stop, unless the text already ends a sentence ("Why?", "P.").
    private static String sentence(String text) {
        return end(text.strip());
    }

    private static String end(String text) {
        return text.matches(".*[.?!]$") ? text : text + ".";
    }
}
