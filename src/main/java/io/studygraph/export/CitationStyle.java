package io.studygraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The citation styles of {@code GET /api/cite}, by the name its {@code style} parameter takes. */
public enum CitationStyle {
    BIBTEX("bibtex", work -> Bibtex.entry(work, Bibtex.key(work))),
    APA("apa", Apa::reference);

    private final String name;
    private final Function<CitedWork, String> formatter;

    CitationStyle(String name, Function<CitedWork, String> formatter) {
        this.name = name;
        this.formatter = formatter;
    }

    public String styleName() { return name; }

    public String format(CitedWork work) {
        return formatter.apply(work);
    }

    public static Optional<CitationStyle> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "bibtex, apa": for messages that list what may be asked for. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(CitationStyle::styleName).toList());
    }
}
