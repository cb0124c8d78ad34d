package io.studygraph.ingest;

import java.util.List;

/**
 * The lines of a line-based text format (RIS, pasted links), without a byte-order mark; a line
 * holding control characters is binary data (a PDF or an image named .ris), refused with its line.
 */
final class TextLines {
    private TextLines() {}

    static List<String> of(String name, String text, String format) {
        List<String> lines = List.of(text.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).chars().anyMatch(c -> c != '\t' && Character.getType(c) == Character.CONTROL)) {
                throw new ImportException(name, i + 1, "binary data, not " + format + " text");
            }
        }
        return lines;
    }
}
