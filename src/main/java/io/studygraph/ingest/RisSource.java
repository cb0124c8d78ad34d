package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RIS file (what Zotero, Mendeley and EndNote export): records from {@code TY  - JOUR} to
 * {@code ER  -}, one tagged line per value, read into {@link WorkRecord}s and mapped as every
 * bibliographic record is ({@link WorkRecords}). A record that lacks its ER line ends at the next
 * TY with a warning; a file that ends inside a record was cut short and is refused; an unknown
 * tag is ignored with a warning naming its first line.
 */
final class RisSource {
    /** "TY  - JOUR": two letters or a letter and a digit, two spaces (exporters sometimes write one), a hyphen. */
    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?: (.*))?$");
    private static final Set<String> KNOWN_TAGS = Set.of("TY", "ER", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV",
            "BT", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED",
            "EP", "ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2",
            "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3", "TA",
            "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2");
    /** "2020", "2020/06/19/", "2020/06//", "2020-06-19": year, then month and day when given. */
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?");

    /** One record as written: the line of its TY and its values by tag, in order. */
    private record Raw(int line, Map<String, List<String>> values) {
        List<String> all(String... tags) {
            List<String> out = new ArrayList<>();
            for (String tag : tags) out.addAll(values.getOrDefault(tag, List.of()));
            return out;
        }

        String first(String... tags) {
            return all(tags).stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
        }
    }

    private RisSource() {}

    static List<WorkRecord> records(String name, String text, ImportReport report) {
        return raw(name, text, report).stream().map(RisSource::record).toList();
    }

    private static List<Raw> raw(String name, String text, ImportReport report) {
        List<Raw> records = new ArrayList<>();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        Map<String, Integer> unknownCount = new LinkedHashMap<>();
        Raw current = null;
        String lastTag = null;
        List<String> lines = TextLines.of(name, text, "RIS");
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) continue;
            Matcher m = TAG_LINE.matcher(line.stripTrailing());
            if (!m.matches()) {
                // A value that runs on to the next lines (an abstract) continues the tag before it.
                if (current == null || lastTag == null) {
                    throw new ImportException(name, n, "not RIS: a record starts with a tag line such as \"TY  - JOUR\"");
                }
                List<String> values = current.values().get(lastTag);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("TY")) {
                if (current != null) {
                    report.warn(current.line(), "the RIS record started here has no ER line; it ends at the next TY (line " + n + ")");
                    records.add(current);
                }
                current = new Raw(n, new LinkedHashMap<>());
            } else if (current == null) {
                throw new ImportException(name, n, "not RIS: " + tag + " outside a record; a record starts with \"TY  - JOUR\"");
            } else if (tag.equals("ER")) {
                records.add(current);
                current = null;
                lastTag = null;
                continue;
            } else if (!KNOWN_TAGS.contains(tag)) {
                unknown.putIfAbsent(tag, n);
                unknownCount.merge(tag, 1, Integer::sum);
            }
            current.values().computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
            lastTag = tag;
        }
        if (current != null) {
            throw new ImportException(name, current.line(), "the RIS record started here has no ER line: the file ends inside it (cut short?)");
        }
        if (records.isEmpty()) throw new ImportException(name, 0, "no RIS records found");
        unknown.forEach((tag, line) -> report.warn(line, "unknown RIS tag " + tag + ", ignored"
                + (unknownCount.get(tag) > 1 ? " (here and on " + (unknownCount.get(tag) - 1) + " more lines)" : "")));
        return records;
    }

    private static WorkRecord record(Raw r) {
        String type = Optional.ofNullable(r.first("TY")).orElse("GEN").toUpperCase(java.util.Locale.ROOT);
        WorkRecord.Form form = switch (type) {
            case "BOOK", "EBOOK", "EDBOOK", "WHOLE" -> WorkRecord.Form.BOOK;
            case "CHAP", "ECHAP" -> WorkRecord.Form.CHAPTER;
            case "ELEC", "WEB", "BLOG", "ICOMM" -> WorkRecord.Form.WEB_PAGE;
            case "VIDEO", "MPCT", "ADVS" -> WorkRecord.Form.VIDEO;
            case "COMP" -> WorkRecord.Form.SOFTWARE;
            default -> WorkRecord.Form.ARTICLE;
        };
        boolean book = form == WorkRecord.Form.BOOK;
        String title = book ? r.first("TI", "T1", "BT", "CT") : r.first("TI", "T1", "CT");
        // A chapter's or paper's T2 or BT is the journal, book or proceedings it is in; a book's is its series.
        String venue = book ? null : r.first("T2", "JF", "JO", "JA", "J2", "J1", "BT");
        List<String> urls = r.all("UR", "L1", "L2", "LK").stream()
                .flatMap(u -> LinkClassifier.findUrls(u).stream()).distinct().toList();
        String arxiv = WorkRecord.arxivIdIn(String.join(" ", urls), String.join(" ", r.all("N1", "AN", "M1", "M3", "ID")), venue)
                .orElse(null);
        List<String> keywords = r.all("KW").stream().flatMap(k -> java.util.Arrays.stream(k.split("\\s*;\\s*")))
                .filter(k -> !k.isBlank()).distinct().toList();
        String pages = r.first("SP") == null ? null : r.first("SP") + (r.first("EP") == null ? "" : "-" + r.first("EP"));
        String doi = Optional.ofNullable(r.first("DO")).orElse(urls.stream().flatMap(u -> WorkRecord.doiOfUrl(u).stream()).findFirst().orElse(null));
        return new WorkRecord("record at line " + r.line(), r.line(), form, title,
                r.all("AU", "A1").stream().filter(a -> !a.isBlank()).map(WorkRecord::givenFirst).toList(),
                date(r), venue, r.first("PB"), r.first("VL"), pages, r.first("AB", "N2"), keywords, arxiv, doi, urls);
    }

    /** The most precise of DA, PY and Y1: Zotero writes "PY  - 2020" and "DA  - 2020/06/19/". */
    private static Dates.PartialDate date(Raw r) {
        Dates.PartialDate best = null;
        for (String value : r.all("DA", "PY", "Y1")) {
            Matcher m = DATE.matcher(value.strip());
            if (!m.find()) continue;
            Optional<Dates.PartialDate> date = Dates.of(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(2) == null || m.group(3) == null ? null : Integer.valueOf(m.group(3)));
            if (date.isPresent() && (best == null || date.get().precision().compareTo(best.precision()) < 0)) best = date.get();
        }
        return best;
    }
}
