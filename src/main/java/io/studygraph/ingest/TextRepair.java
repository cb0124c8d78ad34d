package io.studygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 once and got decoded as Windows-1252 ("GordiÄ‡" → "Gordić").
 * Only runs of non-ASCII characters are touched, and only when re-encoding them yields valid
 * UTF-8, so correct accented text passes through unchanged.
 */
final class TextRepair {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    // Runs of characters that cp1252 can encode and that sit above ASCII: mojibake lives here.
    private static final Pattern NON_ASCII_RUN = Pattern.compile("[\\u0080-\\u00ff\\u0152\\u0153\\u0160\\u0161"
            + "\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026"
            + "\\u2030\\u2039\\u203a\\u20ac\\u2122]{2,}");

    private TextRepair() {}

    static String repair(String text) {
        Matcher m = NON_ASCII_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(redecode(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String redecode(String run) {
        try {
            CharsetEncoder encoder = CP1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(run));
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return run; // not mojibake: leave the user's text alone
        }
    }
}
