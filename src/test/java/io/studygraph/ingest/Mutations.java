package io.studygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a source file for {@link ImportFuzzTest}: the same seed gives the same case,
 * so a failure can be replayed from the seed it prints. Mutations are what breaks parsers in
 * practice: flipped bytes, lines lost, doubled or swapped, markup inserted where it does not
 * belong, huge repetitions, very long lines and deep nesting.
 */
final class Mutations {
    /** Markup every reader gives meaning to: Markdown, BibTeX, Turtle, JSON-LD and RDF/XML. */
    private static final String[] MARKUP = {"**", "*", "_", "[", "]", "](", ")", ">", "|", "{", "}", "\\", "@", "\"",
            "<", "#", "`", "- ", "1. ", "\n", "\n\n", ":", ",", ";", ".", "@article{", "](https://arxiv.org/abs/1706.03762)",
            "https://", "<http://x/>", "\"@context\"", "<!DOCTYPE", "&", "$", "~", "\\'", "| --- |", "\t", "\r"};
    /** Shapes that make a backtracking regex work hard when repeated on one line. */
    private static final String[] LONG_LINE_UNITS = {"a", "a ", "A. ", "a. \"", "(2020) ", " - ", "Smith, J., ", "and ",
            "[x] ", "**a** ", "_a_ ", "NeurIPS 2020, ", "\"a\" ", "a, ", "by A B ", "\u00e9", "http://a.b/c ", "1234. "};
    private static final String[] NESTING = {">", "> ", "- ", "  - ", "* ", "1. ", "{", "[", "**", "_a ", "(", "\\'", "<a>"};

    /** A mutated case: the text to import, its bytes (when it was mutated as bytes), and what was done. */
    record Case(String text, byte[] bytes, String description) {}

    private final Random random;
    private final List<String> log = new ArrayList<>();

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** One to four mutations of {@code text}; one case in eight is mutated as bytes instead, to break UTF-8. */
    Case mutate(String text, String otherSeed) {
        if (random.nextInt(8) == 0) return mutateBytes(text.getBytes(StandardCharsets.UTF_8));
        String t = text;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) t = once(t, otherSeed);
        return new Case(t, null, String.join("; ", log));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String once(String t, String other) {
        return switch (random.nextInt(11)) {
            case 0 -> replaceChar(t);
            case 1 -> lines(t, "delete line", (lines, i) -> lines.remove(i));
            case 2 -> lines(t, "duplicate line", (lines, i) -> lines.add(i, lines.get(i)));
            case 3 -> swapLines(t);
            case 4, 5 -> insert(t, pick(MARKUP), "insert");
            case 6 -> insert(t, pick(MARKUP).repeat(1 + random.nextInt(20_000)), "repeat");
            case 7 -> insert(t, "\n" + pick(LONG_LINE_UNITS).repeat(1_000 + random.nextInt(10_000)) + "\n", "long line");
            case 8 -> nest(t);
            case 9 -> truncate(t);
            default -> crossOver(t, other);
        };
    }

    private String replaceChar(String t) {
        if (t.isEmpty()) return t;
        int at = random.nextInt(t.length());
        char c = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
        log.add("char " + at + " -> U+" + Integer.toHexString(c));
        return t.substring(0, at) + c + t.substring(at + 1);
    }

    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private String lines(String t, String what, LineEdit edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int i = random.nextInt(lines.size());
        log.add(what + " " + (i + 1));
        edit.apply(lines, i);
        return String.join("\n", lines);
    }

    private String swapLines(String t) {
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        log.add("swap lines " + (a + 1) + " and " + (b + 1));
        java.util.Collections.swap(lines, a, b);
        return String.join("\n", lines);
    }

    private String insert(String t, String what, String label) {
        int at = random.nextInt(t.length() + 1);
        log.add(label + " " + describe(what) + " at " + at);
        return t.substring(0, at) + what + t.substring(at);
    }

    /** Opens a nesting n deep at a line start and, half the time, closes it again. */
    private String nest(String t) {
        String unit = pick(NESTING);
        int depth = 1 + random.nextInt(random.nextBoolean() ? 150 : 6_000);
        String open = unit.repeat(depth);
        String close = switch (unit) {
            case "{" -> "}".repeat(depth);
            case "[" -> "](https://arxiv.org/abs/1706.03762)".repeat(depth);
            case "**" -> "**".repeat(depth);
            case "_a " -> " b_".repeat(depth);
            case "(" -> ")".repeat(depth);
            case "<a>" -> "</a>".repeat(depth);
            default -> "";
        };
        String body = open + "Deep Title" + (random.nextBoolean() ? close : "");
        int at = t.lastIndexOf('\n', random.nextInt(t.length() + 1)) + 1;
        log.add("nest " + describe(unit) + " x" + depth + " at " + at);
        return t.substring(0, at) + body + "\n" + t.substring(at);
    }

    private String truncate(String t) {
        int at = random.nextInt(t.length() + 1);
        log.add("truncate at " + at);
        return t.substring(0, at);
    }

    /** A run of lines from another seed file, inserted at a line start: a Markdown table in a .bib. */
    private String crossOver(String t, String other) {
        String[] lines = other.split("\n", -1);
        int from = random.nextInt(lines.length);
        int to = Math.min(lines.length, from + 1 + random.nextInt(20));
        int at = t.lastIndexOf('\n', random.nextInt(t.length() + 1)) + 1;
        log.add("cross-over of " + (to - from) + " lines at " + at);
        return t.substring(0, at) + String.join("\n", Arrays.asList(lines).subList(from, to)) + "\n" + t.substring(at);
    }

    private Case mutateBytes(byte[] bytes) {
        byte[] b = bytes.length == 0 ? new byte[] {(byte) 0xC3} : bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(b.length);
            // Half the flips write a byte no UTF-8 text holds there (a lone continuation or lead byte).
            b[at] = random.nextBoolean() ? (byte) (0x80 | random.nextInt(0x80)) : (byte) (b[at] ^ (1 << random.nextInt(8)));
        }
        log.add(flips + " byte flips");
        return new Case(null, b, String.join("; ", log));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String describe(String s) {
        String shown = s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
