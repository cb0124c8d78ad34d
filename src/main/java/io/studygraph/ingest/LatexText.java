package io.studygraph.ingest;

import java.text.Normalizer;
import java.util.Map;

/**
 * LaTeX as BibTeX files hold it, turned into plain Unicode: accents in every spelling people use
 * ({@code Mart{\'\i}n}, {@code \"{o}}, {@code {\"u}}, {@code \c{c}}, {@code {\v s}}), letters such as
 * {@code \ss} and {@code \o}, escaped symbols ({@code {\&}}), ties ({@code ~}) and formatting commands
 * whose text is kept ({@code \emph{x}}, the url command). Braces and math shifts go. jbibtex's own
 * printer drops a dotless i under an accent ("Martn" for "Martín"), hence this reader.
 */
final class LatexText {
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'), Map.entry('t', '\u0361'));
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("times", "×"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"));

    private static final int MAX_ACCENTS = 8;

    private final String in;
    private int pos;
    /** Accents being read, one inside the other's argument. */
    private int accents;

    private LatexText(String in) {
        this.in = in;
    }

    /** "Mart{\'\i}n Abadi" → "Martín Abadi"; "F.~P. Cantelli" → "F. P. Cantelli"; whitespace collapsed. */
    static String decode(String latex) {
        String text = new LatexText(latex).until(-1);
        text = text.replace("``", "“").replace("''", "”");
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /**
     * Decodes up to the closing brace of the current group ({@code end = '}'}) or the end ({@code -1}).
     * Inner groups only lose their braces, so they are counted, not recursed into: a title of
     * 5,000 nested braces must not overflow the stack.
     */
    private String until(int end) {
        StringBuilder out = new StringBuilder();
        int inner = 0;
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '}' && inner > 0) inner--;
            else if (c == end) break;
            else switch (c) {
                case '{' -> inner++;
                case '}', '$' -> { }
                case '~' -> out.append(' ');
                case '\\' -> out.append(command());
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String command() {
        if (pos >= in.length()) return "";
        char c = in.charAt(pos);
        String name = Character.isLetter(c) ? letters() : String.valueOf(in.charAt(pos++));
        Character accent = name.length() == 1 ? ACCENTS.get(name.charAt(0)) : null;
        // Letter accents (c, v, H ...) are accents only when no letter follows; ss, ae, oe are letters.
        if (accent != null && (!Character.isLetter(c) || pos < in.length() && !Character.isLetter(in.charAt(pos)))) {
            return accented(accent);
        }
        if (!Character.isLetter(c)) return switch (c) {
            case ' ', ',', ';', '\\' -> " ";
            case '-', '/' -> "";
            default -> String.valueOf(c); // \& \% \$ \# \_ \{ \}
        };
        skipSpaces();
        return LETTERS.getOrDefault(name, ""); // emph, textbf, url ...: their argument is read as text next
    }

    /** The argument of an accent (a letter, a group or \i) with the combining mark after its first letter. */
    private String accented(char mark) {
        // An accent's argument may be another accent (\'\'\'…): past a few, the rest is read as text.
        if (accents >= MAX_ACCENTS) return String.valueOf(mark);
        accents++;
        try {
            return accentedArgument(mark);
        } finally {
            accents--;
        }
    }

    private String accentedArgument(char mark) {
        skipSpaces();
        if (pos >= in.length()) return "";
        String base;
        char c = in.charAt(pos++);
        if (c == '{') base = until('}');
        else if (c == '\\') base = command();
        else base = String.valueOf(c);
        base = base.replace('ı', 'i').replace('ȷ', 'j');
        if (base.isEmpty()) return String.valueOf(mark);
        return base.charAt(0) + String.valueOf(mark) + base.substring(1);
    }

    private String letters() {
        int start = pos;
        while (pos < in.length() && Character.isLetter(in.charAt(pos))) pos++;
        return in.substring(start, pos);
    }

    private void skipSpaces() {
        while (pos < in.length() && in.charAt(pos) == ' ') pos++;
    }
}
