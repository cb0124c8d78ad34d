package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what the entry readers see of one line. They match each line against dozens of patterns,
 * several of which cost the square of the line's length, so a 50,000-character line would hold an
 * import for minutes. Real entries stay far below {@value #MAX_CHARS} characters (the longest in the
 * corpus, a 100-author citation, has under 1,800); past that the rest is not a title, an author
 * list or a venue, and is left out with a warning naming the line.
 */
final class LineCap {
    static final int MAX_CHARS = 4_000;

    /** A line cut to {@value #MAX_CHARS} characters, and how long it was. */
    record Cut(int line, int length) {
        String warning() {
            return String.format(java.util.Locale.ROOT, "a line of %,d characters: only its first %,d are read", length, MAX_CHARS);
        }
    }

    private final List<Cut> cuts = new ArrayList<>();

    /** The text, or its first {@value #MAX_CHARS} characters, noting the cut. */
    String apply(String text, int line) {
        if (text.length() <= MAX_CHARS) return text;
        cuts.add(new Cut(line, text.length()));
        return head(text);
    }

    /**
     * The first {@value #MAX_CHARS} characters, unrecorded: for the parts of a line (an italic run,
     * a link's text) whose line is cut, and reported, with them.
     */
    static String head(String text) {
        if (text.length() <= MAX_CHARS) return text;
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
    }

    List<Cut> cuts() {
        return List.copyOf(cuts);
    }
}
