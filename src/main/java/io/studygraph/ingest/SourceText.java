package io.studygraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a source, as every import reads it (a file on the command line, a body sent over
 * HTTP): UTF-8, and text at all. What is not — a PDF or an image under a list's name, a file
 * Notepad saved as "Unicode" (UTF-16), bytes with a NUL in them — is refused with the line and
 * column of the first byte that is not text, before any parser sees it; an empty file is refused
 * as well, as an import of nothing would only replace the source by nothing.
 *
 * <pre>{@code
 * String text = SourceText.read(Path.of("list.md"));
 * }</pre>
 */
public final class SourceText {
    private SourceText() {}

    /** The file's text; an {@link ImportException} naming the file (and the line) when it cannot be read as UTF-8 text. */
    public static String read(Path file) {
        String name = file.getFileName().toString();
        try {
            // Straight to a String (malformed input is an error): decoding the bytes through a
            // CharBuffer held the file three times over, as bytes, UTF-16 and the String. Only a
            // file that is not UTF-8 is read again, as bytes, to say where.
            return checked(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), 0, "no such file");
        } catch (CharacterCodingException e) {
            try {
                return decode(name, Files.readAllBytes(file));
            } catch (IOException again) {
                throw new ImportException(file.toString(), 0, "cannot read: " + again.getMessage());
            }
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** The text of a source's bytes (such as an upload) named {@code name}; refused as {@link #read} refuses a file. */
    public static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportException(name, 1, 1, "UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8: save it as UTF-8 and import it again");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            throw new ImportException(name, line(before, before.length()), column(before, before.length()), String.format(java.util.Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X): is it a binary file, such as a PDF or an image, or text in another encoding?", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        return checked(name, out.flip().toString());
    }

    /** The text, unless it is empty or holds a NUL, which no text file does (binary data, or UTF-16 without its mark). */
    private static String checked(String name, String text) {
        if (text.isEmpty()) throw new ImportException(name, 1, "the file is empty (0 bytes): nothing to import");
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ImportException(name, line(text, nul), column(text, nul),
                    "a NUL byte, which text never holds: is it a binary file, or UTF-16 text? Save it as UTF-8 text");
        }
        return text;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** 1-based, in characters as an editor counts them (a character beyond the BMP is one). */
    private static int column(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return text.codePointCount(start, offset) + 1;
    }
}
