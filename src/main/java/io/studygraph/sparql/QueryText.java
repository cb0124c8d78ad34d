package io.studygraph.sparql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap lexical look at a query's text before Jena parses it. Jena's parser is recursive
 * descent, so a thousand nested brackets overflow the stack of the thread that parses them; the
 * scan refuses such text first, in one loop that cannot overflow. It also finds where a
 * {@code SERVICE} keyword sits, so a refusal can name the line and column.
 *
 * <p>It skips strings, IRIs and comments the way SPARQL's lexer does; where it is unsure (a
 * {@code <} that may be an IRI or a less-than) it errs towards counting, which at worst refuses
 * a query that is nested very deep anyway.
 */
final class QueryText {
    /** How deep {@code { } ( ) [ ]} may nest in the text; far above what any real query needs. */
    static final int MAX_BRACKET_DEPTH = 100;

    // SPARQL's IRIREF: no spaces or <>"{}|^`\ inside.
    private static final Pattern IRI = Pattern.compile("<[^<>\"{}|^`\\\\\\x00-\\x20]*>");

    /** A place in the text, 1-based as editors count. */
    record Position(int line, int column) {
        @Override public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    private final String text;

    QueryText(String text) {
        this.text = text;
    }

    /** Refuses text whose brackets nest deeper than {@link #MAX_BRACKET_DEPTH}. */
    void checkDepth() {
        scan(true);
    }

    /** Where the first {@code SERVICE} keyword is, if there is one outside strings, IRIs and comments. */
    Optional<Position> firstService() {
        return Optional.ofNullable(scan(false));
    }

    /**
     * One pass over the text. With {@code depthOnly} it throws at the first bracket past the limit;
     * otherwise it returns the position of the first SERVICE keyword (or null).
     */
    private Position scan(boolean depthOnly) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        Matcher iri = IRI.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
            } else if (c == '"' || c == '\'') {
                int end = endOfString(i);
                for (int j = i; j < end; j++) if (text.charAt(j) == '\n') { line++; lineStart = j + 1; }
                i = end;
            } else if (c == '<' && iri.region(i, text.length()).lookingAt()) {
                i = iri.end();
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > MAX_BRACKET_DEPTH && depthOnly) {
                    throw new SparqlException("The query nests brackets more than " + MAX_BRACKET_DEPTH
                            + " levels deep (at line " + line + ", column " + (i - lineStart + 1)
                            + "); the limit is " + MAX_BRACKET_DEPTH);
                }
                i++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '?' || c == '$' || c == ':') {
                int start = i;
                // A whole name: variables, prefixed names and keywords are read as one word.
                while (i < text.length() && isNameChar(text.charAt(i))) i++;
                if (!depthOnly && text.substring(start, i).toUpperCase(Locale.ROOT).equals("SERVICE")) {
                    return new Position(line, start - lineStart + 1);
                }
            } else {
                i++;
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '?' || c == '$';
    }

    /** The index just past the string starting at {@code start} (short or long form, with escapes). */
    private int endOfString(int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        boolean isLong = text.startsWith(triple, start);
        int i = start + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong ? text.startsWith(triple, i) : c == quote) {
                return i + (isLong ? 3 : 1);
            } else if (!isLong && c == '\n') {
                return i; // an unterminated short string; the parser will say so
            } else {
                i++;
            }
        }
        return text.length();
    }
}
