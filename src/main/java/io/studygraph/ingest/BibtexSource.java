package io.studygraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A BibTeX file ({@link BibtexEntries}): each entry read as a {@link WorkRecord}, to be mapped as
 * every bibliographic record is ({@link WorkRecords}).
 */
final class BibtexSource {
    private BibtexSource() {}

    static List<WorkRecord> records(String name, String text, ImportReport report) {
        return BibtexEntries.read(name, text, report).stream().map(BibtexSource::record).toList();
    }

    private static WorkRecord record(BibtexEntry e) {
        WorkRecord.Form form = switch (e.type()) {
            case "book", "proceedings" -> WorkRecord.Form.BOOK;
            case "incollection", "inbook" -> WorkRecord.Form.CHAPTER;
            default -> WorkRecord.Form.ARTICLE;
        };
        // "Journal = {https://arxiv.org/abs/2008.03824}" with "Archiveprefix = {arXiv}" (nerf.bib) appeared on arXiv.
        String venue = e.venue().or(() -> e.fromArxiv() ? Optional.of("arXiv") : Optional.empty()).orElse(null);
        List<String> keywords = e.text("keywords").map(k -> Arrays.stream(k.split("\\s*[,;]\\s*")).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
        return new WorkRecord("entry " + e.key(), e.line(), form, e.text("title").orElse(null), e.authors(), date(e), venue,
                e.text("publisher").orElse(null), e.text("volume").orElse(null), e.text("pages").orElse(null),
                e.text("abstract").orElse(null), keywords, e.arxivId().orElse(null), e.doi().orElse(null), e.urls());
    }

    private static Dates.PartialDate date(BibtexEntry e) {
        Optional<Integer> year = e.text("year").filter(y -> y.matches("\\d{4}")).map(Integer::valueOf);
        return year.flatMap(y -> Dates.of(y, e.text("month").flatMap(BibtexSource::month).orElse(null), null)).orElse(null);
    }

    private static Optional<Integer> month(String m) {
        String lower = m.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("\\d{1,2}")) return Optional.of(Integer.parseInt(lower)).filter(i -> i >= 1 && i <= 12);
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        int i = lower.length() >= 3 ? names.indexOf(lower.substring(0, 3)) : -1;
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }
}
