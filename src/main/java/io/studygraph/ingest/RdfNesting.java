package io.studygraph.ingest;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * Refuses an RDF file nested deeper than {@value #MAX_DEPTH} levels before a parser sees it. Jena's
 * Turtle and TriG parsers recurse into every collection {@code (…)} and blank node {@code […]}, the
 * JSON parsers into every array and object, RDF/XML into every element: 5,000 nested {@code (}
 * overflow a server thread's stack. No real source nests past a few levels. The count is lexical:
 * brackets inside strings, IRIs and comments do not count.
 */
final class RdfNesting {
    static final int MAX_DEPTH = 100;

    private RdfNesting() {}

    static void check(String name, String text, Lang lang) {
        if (lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS)) return; // one statement a line, nothing nests
        Depth d = lang.equals(Lang.RDFXML) ? xml(text) : lang.equals(Lang.JSONLD11) || lang.equals(Lang.RDFJSON) ? json(text) : turtle(text);
        if (d.deepest > MAX_DEPTH) {
            throw new ImportException(name, d.line, String.format(Locale.ROOT, "brackets nested %,d deep; at most %d are read",
                    d.deepest, MAX_DEPTH));
        }
    }

    /** The greatest depth and the line where it first passed the limit. */
    private static final class Depth {
        int depth;
        int deepest;
        int line;
        int currentLine = 1;

        void open() {
            depth++;
            if (depth > deepest) deepest = depth;
            if (depth == MAX_DEPTH + 1 && line == 0) line = currentLine;
        }

        void close() {
            if (depth > 0) depth--;
        }

        /** Skips to just past {@code end} (or the end of the text), counting lines; backslash escapes when asked. */
        int skip(String text, int from, String end, boolean escapes) {
            int i = from;
            while (i < text.length() && !text.startsWith(end, i)) {
                if (text.charAt(i) == '\n') currentLine++;
                i += escapes && text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i + end.length()) - 1;
        }
    }

    private static Depth turtle(String text) {
        Depth d = new Depth();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') d.currentLine++;
            else if (c == '#') i = (text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i)) - 1;
            else if (text.startsWith("\"\"\"", i) || text.startsWith("'''", i)) i = d.skip(text, i + 3, text.substring(i, i + 3), true);
            else if (c == '"' || c == '\'') i = d.skip(text, i + 1, String.valueOf(c), true);
            else if (text.startsWith("<<", i)) { d.open(); i++; }
            else if (text.startsWith(">>", i)) { d.close(); i++; }
            else if (c == '<') i = d.skip(text, i + 1, ">", false);
            else if (c == '(' || c == '[' || c == '{') d.open();
            else if (c == ')' || c == ']' || c == '}') d.close();
        }
        return d;
    }

    private static Depth json(String text) {
        Depth d = new Depth();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') d.currentLine++;
            else if (c == '"') i = d.skip(text, i + 1, "\"", true);
            else if (c == '[' || c == '{') d.open();
            else if (c == ']' || c == '}') d.close();
        }
        return d;
    }

    private static Depth xml(String text) {
        Depth d = new Depth();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') d.currentLine++;
            if (c != '<') continue;
            if (text.startsWith("<!--", i)) i = d.skip(text, i + 4, "-->", false);
            else if (text.startsWith("<![CDATA[", i)) i = d.skip(text, i + 9, "]]>", false);
            else if (text.startsWith("<?", i) || text.startsWith("<!", i)) i = d.skip(text, i + 2, ">", false);
            else if (text.startsWith("</", i)) { d.close(); i = d.skip(text, i + 2, ">", false); }
            else {
                int end = tagEnd(text, i + 1, d);
                if (text.charAt(end - 1) != '/') d.open();
                i = end;
            }
        }
        return d;
    }

    /** The {@code >} closing a start tag, past quoted attribute values. */
    private static int tagEnd(String text, int from, Depth d) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '>') {
            char c = text.charAt(i);
            if (c == '\n') d.currentLine++;
            if (c == '"' || c == '\'') i = d.skip(text, i + 1, String.valueOf(c), false);
            i++;
        }
        return Math.min(i, text.length() - 1);
    }
}
