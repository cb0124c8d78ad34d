package io.studygraph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Refuses a Markdown document nested deeper than a reader could follow, before anything walks it.
 * commonmark parses nested blocks without recursing, but the list reader, the inline visitor and
 * the link collector walk the tree recursively: 5,000 {@code >} or 3,000 nested lists overflow the
 * stack of a server thread. No reading list nests past a handful of levels, so {@value #MAX_DEPTH}
 * leaves room for any real one. The walks here keep an explicit stack or a counter.
 */
final class MarkdownNesting {
    static final int MAX_DEPTH = 100;
    /**
     * commonmark itself recurses over nested emphasis when it merges text nodes, so emphasis is
     * also counted in the text, before parsing: openers ({@code _a}, {@code **T}, {@code [}) not
     * yet closed in one paragraph. The count is rougher than the tree's, hence the wider margin.
     */
    static final int MAX_OPEN_MARKERS = 1000;
    /**
     * commonmark looks for the {@code >} closing each {@code <} (an autolink, inline HTML) to the
     * end of the paragraph: 17,000 {@code <!DOCTYPE} in one paragraph cost it seconds, a megabyte of
     * them hours. This bounds that search over the whole file, counted as the characters each open
     * {@code <} would scan.
     */
    static final long MAX_ANGLE_SCAN = 20_000_000;

    private enum Kind {
        QUOTES("quotes"), LISTS("lists"), INLINE("emphasis and links");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A node with how deep each kind of nesting is around it, and the line of its nearest block. */
    private record Visit(Node node, int quotes, int lists, int inline, int line) {}

    private MarkdownNesting() {}

    /** Throws an ImportException naming the line and the depth when any nesting passes {@value #MAX_DEPTH}. */
    static void check(String name, Node document) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(document, 0, 0, 0, 0));
        Kind worst = null;
        int deepest = 0;
        int worstLine = 0;
        while (!pending.isEmpty()) {
            Visit v = pending.pop();
            int line = MarkdownListParser.line(v.node()) > 0 ? MarkdownListParser.line(v.node()) : v.line();
            int quotes = v.quotes() + (v.node() instanceof BlockQuote ? 1 : 0);
            int lists = v.lists() + (v.node() instanceof ListBlock ? 1 : 0);
            int inline = v.inline() + (isInlineContainer(v.node()) ? 1 : 0);
            for (Kind kind : Kind.values()) {
                int depth = switch (kind) {
                    case QUOTES -> quotes;
                    case LISTS -> lists;
                    case INLINE -> inline;
                };
                if (depth > MAX_DEPTH && depth > deepest) {
                    worst = kind;
                    deepest = depth;
                    if (worstLine == 0 || line < worstLine) worstLine = line;
                }
            }
            for (Node child = v.node().getFirstChild(); child != null; child = child.getNext()) {
                pending.push(new Visit(child, quotes, lists, inline, line));
            }
        }
        if (worst != null) {
            throw refusal(name, worstLine, worst, deepest);
        }
    }

    /**
     * Refuses text that opens more than {@value #MAX_OPEN_MARKERS} emphases or links in one paragraph,
     * or leaves so many {@code <} open that finding their ends would take commonmark minutes.
     */
    static void checkText(String name, String markdown) {
        int open = 0;
        int deepest = 0;
        int line = 1;
        int deepestLine = 0;
        long angles = 0;
        long angleScan = 0;
        int angleLine = 0;
        boolean blankLine = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            angleScan += angles;
            if (angleScan > MAX_ANGLE_SCAN) {
                throw new ImportException(name, angleLine, String.format(java.util.Locale.ROOT,
                        "too many '<' with no '>' after them (%,d in this paragraph): more than a reading list holds", angles));
            }
            if (c == '\n') {
                if (blankLine) {
                    open = 0;
                    angles = 0;
                }
                line++;
                blankLine = true;
                continue;
            }
            if (!Character.isWhitespace(c)) blankLine = false;
            if (c == '<') {
                if (angles++ == 0) angleLine = line;
            } else if (c == '>') {
                angles = 0;
            }
            if (c == '\\') {
                // An escaped character is text; a backslash at the end of a line is a line break.
                if (i + 1 < markdown.length() && markdown.charAt(i + 1) != '\n') i++;
            } else if (c == '[') {
                open++;
            } else if (c == ']') {
                open = Math.max(0, open - 1);
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end + 1 < markdown.length() && markdown.charAt(end + 1) == c) end++;
                // A run after a space and before a word opens; one after a word and before a space closes.
                boolean spaceBefore = i == 0 || Character.isWhitespace(markdown.charAt(i - 1));
                boolean spaceAfter = end + 1 >= markdown.length() || Character.isWhitespace(markdown.charAt(end + 1));
                if (spaceBefore && !spaceAfter) open++;
                else if (!spaceBefore && spaceAfter) open = Math.max(0, open - 1);
                i = end;
            }
            if (open > deepest) {
                deepest = open;
                if (deepestLine == 0 || open == MAX_OPEN_MARKERS + 1) deepestLine = line;
            }
        }
        if (deepest > MAX_OPEN_MARKERS) throw refusal(name, deepestLine, Kind.INLINE, deepest);
    }

    private static ImportException refusal(String name, int line, Kind kind, int depth) {
        return new ImportException(name, line, String.format(java.util.Locale.ROOT,
                "%s nested %,d deep; at most %d are read", kind.label, depth, MAX_DEPTH));
    }

    private static boolean isInlineContainer(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
    }
}
