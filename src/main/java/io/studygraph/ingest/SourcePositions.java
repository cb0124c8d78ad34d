package io.studygraph.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * Where an RDF file writes each IRI, found in one pass over its text: the first line that starts
 * with it (where Turtle and N-Triples put a subject whose description begins there), the first
 * line that mentions it at all, and its first character offset. IRIs count as written in full
 * ({@code <iri>}), quoted ({@code "iri"}, as JSON-LD and RDF/XML write them) or as a prefixed
 * name; comments do not count. Built once per file, so provenance and reports cost the file's
 * length, not its length for every subject.
 *
 * <pre>{@code
 * SourcePositions at = SourcePositions.scan(text);
 * at.line(node, graph.getPrefixMapping());   // 12, or 0 when the file never writes it
 * }</pre>
 */
final class SourcePositions {
    /** A quoted string longer than this is prose, not an IRI, and is not recorded. */
    private static final int MAX_IRI = 4096;

    /** The first sighting of one written form. {@code startLine}: first line it begins, 0 if none. */
    private static final class Seen {
        final int firstLine;
        final long offset;
        int startLine;

        Seen(int firstLine, long offset) {
            this.firstLine = firstLine;
            this.offset = offset;
        }
    }

    private final Map<String, Seen> forms = new HashMap<>();

    private SourcePositions() {}

    static SourcePositions scan(String text) {
        SourcePositions out = new SourcePositions();
        out.read(text);
        return out;
    }

    /** The line where the node is written (first line starting with it, else first mention), or 0. */
    int line(Node node, PrefixMapping prefixes) {
        if (!node.isURI()) return 0;
        int start = 0, mention = 0;
        for (String form : formsOf(node, prefixes)) {
            Seen seen = forms.get(form);
            if (seen == null) continue;
            if (seen.startLine > 0 && (start == 0 || seen.startLine < start)) start = seen.startLine;
            if (mention == 0 || seen.firstLine < mention) mention = seen.firstLine;
        }
        return start > 0 ? start : mention;
    }

    /** The character offset of the node's first mention, or {@code Long.MAX_VALUE} (blank nodes, unwritten IRIs). */
    long offset(Node node, PrefixMapping prefixes) {
        if (!node.isURI()) return Long.MAX_VALUE;
        long best = Long.MAX_VALUE;
        for (String form : formsOf(node, prefixes)) {
            Seen seen = forms.get(form);
            if (seen != null) best = Math.min(best, seen.offset);
        }
        return best;
    }

    private static String[] formsOf(Node node, PrefixMapping prefixes) {
        String iri = node.getURI();
        String prefixed = prefixes.qnameFor(iri);
        return prefixed == null ? new String[] {"<" + iri + ">", "\"" + iri + "\""}
                : new String[] {"<" + iri + ">", "\"" + iri + "\"", prefixed};
    }

    private void read(String text) {
        int line = 1;
        int lineStart = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (c == '#') {
                // A comment runs to the end of the line.
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '<') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '>' && text.charAt(end) != '\n' && !Character.isWhitespace(text.charAt(end))) end++;
                if (end < n && text.charAt(end) == '>') {
                    see(text.substring(i, end + 1), line, i, i == lineStart);
                    i = end + 1;
                } else {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                boolean isLong = text.startsWith(c == '"' ? "\"\"\"" : "'''", i);
                int end = isLong ? closeLong(text, i + 3, c) : closeShort(text, i + 1, c);
                if (!isLong && end - i - 1 <= MAX_IRI && end < n && text.charAt(end) == c) {
                    String content = text.substring(i + 1, end);
                    if (content.indexOf(':') > 0 && content.chars().noneMatch(Character::isWhitespace)) {
                        see("\"" + content + "\"", line, i, false);
                    }
                }
                // A long string may span lines: count them, so later lines keep their numbers.
                for (int k = i; k < Math.min(end, n); k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = Math.min(end + (isLong ? 3 : 1), n);
            } else if (startsToken(text, i)) {
                int end = i;
                while (end < n && tokenChar(text.charAt(end))) end++;
                int last = end;
                while (last > i && text.charAt(last - 1) == '.') last--;
                String token = text.substring(i, last);
                if (token.indexOf(':') >= 0) see(token, line, i, i == lineStart);
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
    }

    private void see(String form, int line, long offset, boolean atLineStart) {
        Seen seen = forms.computeIfAbsent(form, f -> new Seen(line, offset));
        if (atLineStart && seen.startLine == 0) seen.startLine = line;
    }

    /** Where a one-line string ends (at its closing quote, or the end of the line). */
    private static int closeShort(String text, int from, char quote) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') i += 2;
            else if (c == quote || c == '\n') return i;
            else i++;
        }
        return text.length();
    }

    /** Where a triple-quoted string ends (at the first of its closing quotes). */
    private static int closeLong(String text, int from, char quote) {
        String close = quote == '"' ? "\"\"\"" : "'''";
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') i += 2;
            else if (text.startsWith(close, i)) return i;
            else i++;
        }
        return text.length();
    }

    /** A prefixed name starts a line or follows a space or one of {@code ( [ , ;}. */
    private static boolean startsToken(String text, int i) {
        if (!tokenChar(text.charAt(i)) || text.charAt(i) == '.') return false;
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([,;".indexOf(before) >= 0;
    }

    private static boolean tokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '%';
    }
}
