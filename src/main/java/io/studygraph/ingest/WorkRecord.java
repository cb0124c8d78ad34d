package io.studygraph.ingest;

import io.studygraph.graph.Slugs;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bibliographic record as a reference manager exports it (a BibTeX entry, a RIS record, a
 * CSL-JSON item), in the terms the graph needs. Each format reads its own syntax into these;
 * {@link WorkRecords} maps them all the same way. Absent values are null, lists are never null.
 *
 * @param label how messages name the record: "entry ho2020", "item 3 (id ho2020)"
 * @param form what the format's type says the work is
 * @param date the publication date as precise as the record gives it
 */
record WorkRecord(String label, int line, Form form, String title, List<String> authors, Dates.PartialDate date,
                  String venue, String publisher, String volume, String pages, String abstractText,
                  List<String> keywords, String arxivId, String doi, List<String> urls) {

    /** The work a record's type names; each format maps its own type names onto these. */
    enum Form { ARTICLE, BOOK, CHAPTER, VIDEO, SOFTWARE, WEB_PAGE }

    private static final String ARXIV_ID = "(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})";
    // "arXiv preprint arXiv:1312.6114", "Ar{X}iv:1607.06450" (d2l.bib), "CoRR abs/1412.6980",
    // "https://arxiv.org/abs/2008.03824", Zotero's note "arXiv:2006.11239 [cs, stat]".
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
            "(?:arxiv\\.org/(?:abs|pdf)/|arxiv:\\s*|abs/)" + ARXIV_ID, Pattern.CASE_INSENSITIVE);
    /** arXiv's own DOIs, which Zotero and DataCite give every preprint: 10.48550/arXiv.2006.11239. */
    private static final Pattern ARXIV_DOI = Pattern.compile("^10\\.48550/arxiv\\." + ARXIV_ID + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

    WorkRecord {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        urls = List.copyOf(urls);
        title = blankToNull(title);
        doi = doi == null ? null : blankToNull(DOI_PREFIX.matcher(doi.strip()).replaceFirst(""));
        // A preprint known by its arXiv DOI alone is still that arXiv paper, so it merges with the arXiv link of a list.
        if (arxivId == null && doi != null) {
            Matcher m = ARXIV_DOI.matcher(doi);
            if (m.matches()) arxivId = m.group(1);
        }
    }

    /** The first arXiv id written anywhere in the texts (a URL, a note, a journal field), if any. */
    static Optional<String> arxivIdIn(String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            Matcher m = ARXIV_IN_TEXT.matcher(text);
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** The DOI of a doi.org address, if it is one. */
    static Optional<String> doiOfUrl(String url) {
        Matcher m = DOI_PREFIX.matcher(url);
        return m.find() && url.toLowerCase(java.util.Locale.ROOT).startsWith("http") ? Optional.of(url.substring(m.end())) : Optional.empty();
    }

    /** "Last, First" and "Last, Jr, First" (BibTeX's and RIS's forms) become "First Last [Jr]". */
    static String givenFirst(String name) {
        String[] pieces = name.strip().split("\\s*,\\s*");
        String ordered = switch (pieces.length) {
            case 1 -> pieces[0];
            case 2 -> pieces[1] + " " + pieces[0];
            default -> pieces[2] + " " + pieces[0] + " " + pieces[1];
        };
        return ordered.strip();
    }

    /**
     * What makes two records the same work when they share no identifier: the title folded, with
     * "16 x 16" and "$16\times 16$" (one title typed twice in d2l.bib) read alike.
     */
    Optional<String> titleKey() {
        return Optional.ofNullable(title).map(t -> Slugs.of(t.replace("×", " x ")));
    }

    Optional<String> year() {
        return Optional.ofNullable(date).map(Dates.PartialDate::year);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
