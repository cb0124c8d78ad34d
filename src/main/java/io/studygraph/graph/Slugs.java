package io.studygraph.graph;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys: lowercase ASCII, accents folded, words joined by hyphens (the data model's rule for IRI keys). */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** "Aleksa Gordić" → "aleksa-gordic"; "Ryan O'Connor" → "ryan-oconnor". */
    public static String of(String text) {
        String folded = fold(text).toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // A title with no Latin letter or digit ("拡散モデル入門") still needs a key of its own:
        // a stable digest of its text, so re-imports find it and two such titles never collide.
        if (slug.isEmpty() && !text.isBlank()) return "u-" + digest(java.text.Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
        if (slug.length() <= MAX_LENGTH) return slug;
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keys for identifiers keep dots: "10.1007/978-3-030-93158-2_4" → "10.1007-978-3-030-93158-2-4". */
    public static String ofIdentifier(String id) {
        return fold(id).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Strips accents: "Gordić" → "Gordic". Letters without a decomposition are kept. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
                .replace("ß", "ss").replace('ø', 'o').replace('Ø', 'O').replace("æ", "ae").replace("Æ", "AE")
                .replace("œ", "oe").replace("Œ", "OE");
    }
}
