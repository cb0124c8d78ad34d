package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A reading list as its author structured it, before any meaning is given to it: sections
 * (headings) holding items (list entries), each with its text, the blocks that follow it and its
 * nested entries. Produced by {@link MarkdownListParser}, read by {@link ReadingListMapper}.
 */
record ListDocument(String title, List<Section> sections) {

    record Section(String heading, int line, List<Entry> entries) {}

    /** One list entry. {@code lines} holds its own text, one element per source line. */
    static final class Entry {
        final int line;
        final List<String> lines = new ArrayList<>();
        /** Text of quoted blocks (citations) that belong to this entry. */
        final List<String> quotes = new ArrayList<>();
        final List<Entry> children = new ArrayList<>();
        /** The first emphasised (bold), code or link text: a strong hint of the title. */
        String markedTitle;

        Entry(int line) {
            this.line = line;
        }

        String head() {
            return lines.isEmpty() ? "" : lines.get(0);
        }

        String allText() {
            return String.join("\n", lines) + (quotes.isEmpty() ? "" : "\n" + String.join("\n", quotes));
        }
    }
}
