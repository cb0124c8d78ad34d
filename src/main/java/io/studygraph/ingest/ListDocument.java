package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reading list as its author structured it, before any meaning is given to it: sections
 * (headings) holding entries (list items, table rows, bold-title paragraphs), each with its text,
 * the blocks that follow it and its nested entries. Produced by {@link MarkdownListParser}, read
 * by {@link ReadingListMapper}, which reports the lines that were too long to read whole.
 */
record ListDocument(String title, List<Section> sections, List<LineCap.Cut> cuts) {

    record Section(String heading, int line, List<Entry> entries) {}

    /** A link as written: its text (empty for a bare URL) and address, on a source line. */
    record Anchor(String label, String url, int line) {}

    /** One entry. {@code lines} holds its own text, one element per source line. */
    static final class Entry {
        final int line;
        final List<String> lines = new ArrayList<>();
        /** Text of quoted blocks (citations) that belong to this entry. */
        final List<String> quotes = new ArrayList<>();
        final List<Entry> children = new ArrayList<>();
        /** Links written in the entry's own text, with their link text. */
        final List<Anchor> anchors = new ArrayList<>();
        /** Italic runs of the entry's own text: lists write author lines so ("*A, B and C*"). */
        final List<String> emphasised = new ArrayList<>();
        /** For a table row: column heading (lower case) → cell text; empty otherwise. */
        final Map<String, String> cells = new LinkedHashMap<>();
        /** The first emphasised (bold), code or link text: a strong hint of the title. */
        String markedTitle;
        /** The link the title is written as ("[Title](url)"), if it is one. */
        String titleUrl;
        /** The entry links within the page ("[Resources](#resources)"): a table of contents line. */
        boolean inPage;

        Entry(int line) {
            this.line = line;
        }

        String head() {
            return lines.isEmpty() ? "" : lines.get(0);
        }

        String allText() {
            return String.join("\n", lines) + (quotes.isEmpty() ? "" : "\n" + String.join("\n", quotes));
        }

        /** The link text written for {@code url} in this entry, or "" when it is a bare URL. */
        String labelOf(String url) {
            return anchors.stream().filter(a -> a.url().equals(url)).map(Anchor::label).findFirst().orElse("");
        }
    }
}
