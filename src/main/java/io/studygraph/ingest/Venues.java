package io.studygraph.ingest;

import java.util.Optional;

/** TEMPORARY stand-in until the real registry lands. */
final class Venues {
    record Mention(String venue, String year, int start, int end) {}
    static String normalise(String raw) { return raw.strip(); }
    static Optional<Mention> parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\(?([A-Za-z][\\w .&/'-]{1,60}?)?[,']?\\s*((?:19|20)\\d{2})\\.?\\)?$").matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Mention(m.group(1) == null ? null : m.group(1).strip(), m.group(2), 0, 0));
    }
    static Optional<Mention> find(String text) { return Optional.empty(); }
}
