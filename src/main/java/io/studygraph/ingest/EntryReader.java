package io.studygraph.ingest;

import io.studygraph.ingest.ListDocument.Anchor;
import io.studygraph.ingest.ListDocument.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one entry the way citations in reading lists are written, on top of what
 * {@link EntryText} reads from a first line:
 * <ul>
 * <li>authors on an italic line of their own: {@code **Title** \ *Arash Vahdat and Karsten Kreis*}
 *     (awesome lists), {@code [Title](url). *R. Józefowicz, Oriol Vinyals*. 2016.} (course pages);
 * <li>author-first citations: {@code Jens Kober, J. Andrew Bagnell, Jan Peters, Reinforcement
 *     Learning in Robotics, A Survey (IJRR 2013)}, {@code Andrew Barto, Michael Duff, Monte Carlo
 *     Inversion and Reinforcement Learning, NIPS, 1994.};
 * <li>the venue and year after the title: {@code ICML 2011.}, {@code (JAIR 1996)}, {@code , NIPS, 1994.};
 * <li>table rows, by their column headings (Paper, Authors, Date, Venue).
 * </ul>
 * A venue's year is the year of publication; a date line that disagrees with it (an awesome list's
 * "added on" date) does not override it.
 */
final class EntryReader {
    private static final Pattern ORG_PREFIX = Pattern.compile("^\\[([^\\]\\d][^\\]]{0,60})\\]\\s+(?=\\S)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern TITLE_DASH_AUTHORS = Pattern.compile("^(?<title>.{3,}?)\\s+[—–-]\\s+(?<names>[^—–]+?)(?:,\\s*(?<year>(?:19|20)\\d{2}))?\\.?$");
    /** Notes on how a paper was presented, after its venue: "ICCV 2021 (Oral)". */
    private static final String NOTES = "(?i)\\((?:oral|spotlight|poster|best paper[^)]*|outstanding paper[^)]*|highlight)\\)";

    private EntryReader() {}

    static EntryText read(Entry entry) {
        if (!entry.cells.isEmpty()) return fromTable(entry);
        String head = withoutOrganisation(head(entry), entry);
        String plain = withoutLinks(head, entry);
        // A line that opens with its title (bold, a link) is not an author-first citation.
        boolean titleFirst = entry.markedTitle != null && head.startsWith(entry.markedTitle);
        EntryText base = (titleFirst ? Optional.<EntryText>empty() : ListCitation.citation(plain))
                .orElseGet(() -> EntryText.read(head, entry.markedTitle));
        if (base.title() == null) return base;
        if (base.people().isEmpty()) base = titleDashAuthors(base);
        List<String> people = base.people().isEmpty() ? italicAuthors(entry, base.title()) : base.people();
        if (people.isEmpty()) people = authorsAfterTitle(plain, base.title());
        Venues.Mention venue = base.venue() != null ? new Venues.Mention(base.venue(), base.date() == null ? null : base.date().year(), 0, 0)
                : venueOf(entry, base.title()).orElse(null);
        Dates.PartialDate date = reconcile(base.date() != null ? base.date() : laterDate(entry), venue);
        return new EntryText(base.marker(), base.title(), people, base.channel(), date, base.recommendedBy(), base.rest(),
                venue == null ? null : venue.venue());
    }

    /**
     * The first line, with the next joined when the title runs on ("ChestX-ray8: ... Benchmarks on" /
     * "Weakly-Supervised ..."): a first line with no link that ends mid-phrase, followed by a line
     * that is not a labelled link ("arXiv: https://...").
     */
    private static String head(Entry entry) {
        String head = entry.head();
        if (entry.lines.size() < 2 || head.contains("://") || head.matches(".*[.)\\]!?:]\\s*$")) return head;
        String next = entry.lines.get(1);
        if (next.matches("^(?:[\\w .-]{1,30}:\\s*)?https?://.*") || entry.emphasised.contains(next.replaceAll("^[*_]+|[*_]+$", ""))) return head;
        return head + " " + next;
    }

    /** "[UCL] [COMPM050 Reinforcement Learning](…) by David Silver": the bracketed organisation is not the title. */
    private static String withoutOrganisation(String head, Entry entry) {
        Matcher org = ORG_PREFIX.matcher(head);
        return org.find() && entry.markedTitle != null ? head.substring(org.end()) : head;
    }

    /** "[Title](url), Brian Lester, Rami Al-Rfou, Noah Constant. EMNLP 2021.": names right after the title. */
    private static List<String> authorsAfterTitle(String line, String title) {
        int at = line.indexOf(title);
        if (at < 0) return List.of();
        String after = line.substring(at + title.length()).replaceFirst("^[\\s,.;:–—-]+", "");
        Matcher end = Pattern.compile("(?<!\\b\\p{Lu})\\.(?:\\s|$)").matcher(after);
        return ListCitation.allNames(end.find() ? after.substring(0, end.start()) : after);
    }

    /** "Deep Learning — Ian Goodfellow, Yoshua Bengio and Aaron Courville, 2016": the title, then who and when. */
    private static EntryText titleDashAuthors(EntryText base) {
        Matcher m = TITLE_DASH_AUTHORS.matcher(base.title());
        if (!m.matches()) return base;
        List<String> people = ListCitation.allNames(m.group("names"));
        if (people.isEmpty()) return base;
        Dates.PartialDate date = base.date() != null ? base.date() : ListCitation.year(m.group("year"));
        return new EntryText(base.marker(), m.group("title").strip(), people, base.channel(), date, base.recommendedBy(), base.rest(), base.venue());
    }

    /** The first italic run that is a list of names and not the title itself. */
    private static List<String> italicAuthors(Entry entry, String title) {
        for (String run : entry.emphasised) {
            if (run.equalsIgnoreCase(title) || title.contains(run)) continue;
            List<String> names = Names.parse(run);
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }

    /** A venue statement after the title on the first line, or on a line of its own. */
    private static Optional<Venues.Mention> venueOf(Entry entry, String title) {
        List<String> candidates = new ArrayList<>();
        String head = withoutLinks(entry.head(), entry);
        int at = head.indexOf(title);
        String afterTitle = at >= 0 ? head.substring(at + title.length()) : head;
        candidates.add(afterTitle);
        // ", Brian Lester, Rami Al-Rfou, Noah Constant. EMNLP 2021. Introduces prompt tuning.": one sentence is the venue.
        candidates.addAll(List.of(afterTitle.split("(?<!\\b\\p{Lu})\\.\\s+")));
        for (int i = 1; i < entry.lines.size(); i++) candidates.add(withoutLinks(entry.lines.get(i), entry));
        for (String candidate : candidates) {
            String withoutAuthors = candidate;
            for (String run : entry.emphasised) withoutAuthors = withoutAuthors.replace(run, " ");
            String c = withoutAuthors.replaceAll("\\[[^\\]]*\\]|\\*|_", " ").replaceAll(NOTES, " ")
                    .replaceAll("^[\\s.,;:]+|[\\s.,;:]+$", "").strip();
            // A date line ("19 Jun 2020") is when, not where.
            Optional<Dates.Found> date = Dates.find(c);
            if (c.isEmpty() || date.isPresent() && (c.substring(0, date.get().start()) + c.substring(date.get().end())).isBlank()) continue;
            Optional<Venues.Mention> m = Venues.parse(c).or(() -> Venues.find(c));
            if (m.isPresent()) return m;
        }
        return Venues.find(withoutLinks(entry.allText(), entry));
    }

    /** A date written on a later line of its own ("16 Jul 2022" under an awesome-list entry). */
    private static Dates.PartialDate laterDate(Entry entry) {
        for (int i = 1; i < entry.lines.size(); i++) {
            String line = withoutLinks(entry.lines.get(i), entry);
            Optional<Dates.Found> found = Dates.find(line);
            if (found.isPresent() && line.replaceAll("[^\\p{L}\\d]", "").length() <= 20) return found.get().date();
        }
        return null;
    }

    private static Dates.PartialDate reconcile(Dates.PartialDate date, Venues.Mention venue) {
        if (venue == null || venue.year() == null) return date;
        if (date != null && date.year().equals(venue.year())) return date;
        return new Dates.PartialDate(venue.year(), Dates.PartialDate.Precision.YEAR);
    }

    private static EntryText fromTable(Entry entry) {
        String title = entry.markedTitle != null ? entry.markedTitle : cell(entry.cells, "paper|papers|title|name|work|publication|article|resource|project");
        if (title == null || title.isBlank()) return new EntryText(null, null, List.of(), null, null, null, "", null);
        title = URL.matcher(title).replaceAll("").replaceAll("[\\s.]+$", "").strip();
        String authors = cell(entry.cells, "authors?|by|speakers?|presenters?");
        String when = cell(entry.cells, "date|year|published|when|time");
        String where = cell(entry.cells, "venue|conference|journal|where|publisher");
        Dates.PartialDate date = when == null ? null : Dates.find(when).or(() -> Dates.find("(" + when.strip() + ")")).map(Dates.Found::date).orElse(null);
        String venue = where == null ? null : Venues.parse(where).map(Venues.Mention::venue).orElse(null);
        return new EntryText(null, title, authors == null ? List.of() : Names.parse(authors), null, date, null, "", venue);
    }

    private static String cell(Map<String, String> cells, String headers) {
        return cells.entrySet().stream().filter(e -> e.getKey().matches(headers)).map(Map.Entry::getValue)
                .filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    /** The text without link addresses and the link texts that only say what a link is ("[Paper]"). */
    static String withoutLinks(String text, Entry entry) {
        String t = text;
        for (Anchor a : entry.anchors) {
            if (!a.label().isEmpty() && LinkLabels.isGeneric(a.label())) t = t.replace(a.label() + " " + a.url(), " ");
        }
        return URL.matcher(t).replaceAll(" ").replaceAll("\\[\\s*\\]|\\(\\s*\\)", " ").replaceAll("\\s{2,}", " ").strip();
    }
}
