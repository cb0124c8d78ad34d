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
    private static final Pattern TOPIC_PREFIX = Pattern.compile("^[^,:()\\[\\]]{2,40}\\s+[-–—]\\s+");
    private static final Pattern PAREN_VENUE = Pattern.compile("^(?<title>.+?)\\s*\\((?<venue>[^()]*?\\b(?:19|20)\\d{2})\\)");
    private static final Pattern COMMA_VENUE = Pattern.compile(
            "^(?<title>.+?),\\s*(?<venue>[^,]{2,80}?),\\s*(?<year>(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+)?(?:19|20)\\d{2})\\b");
    private static final Pattern DOT_VENUE = Pattern.compile("^(?<title>.+?)\\.\\s+(?<venue>[^.]{2,80}?(?:19|20)\\d{2})\\b");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern IEEE = Pattern.compile("^(?<names>[^\"“]{3,400}?),?\\s+[\"“](?<title>[^\"”]{3,300}?)[,.]?[\"”][,.]?\\s*(?<rest>.*)$");
    private static final Pattern ACM = Pattern.compile("^(?<names>[^\"“]{3,400}?)\\.\\s+(?<year>(?:19|20)\\d{2})[a-z]?\\.\\s+(?<title>.+?)\\.\\s+(?<venue>.+)$");
    private static final Pattern TITLE_DASH_AUTHORS = Pattern.compile("^(?<title>.{3,}?)\\s+[—–-]\\s+(?<names>[^—–]+?)(?:,\\s*(?<year>(?:19|20)\\d{2}))?\\.?$");
    /** Notes on how a paper was presented, after its venue: "ICCV 2021 (Oral)". */
    private static final String NOTES = "(?i)\\((?:oral|spotlight|poster|best paper[^)]*|outstanding paper[^)]*|highlight)\\)";

    private EntryReader() {}

    static EntryText read(Entry entry) {
        if (!entry.cells.isEmpty()) return fromTable(entry);
        String head = head(entry);
        Matcher org = ORG_PREFIX.matcher(head);
        if (org.find() && entry.markedTitle != null) head = head.substring(org.end());
        String plain = withoutLinks(head, entry);
        Optional<EntryText> authorFirst = entry.markedTitle != null && head.startsWith(entry.markedTitle)
                ? Optional.empty() : citation(plain);
        String line = head;
        EntryText base = authorFirst.orElseGet(() -> EntryText.read(line, entry.markedTitle));
        if (base.title() == null) return base;
        if (base.people().isEmpty()) base = titleDashAuthors(base);
        List<String> people = base.people().isEmpty() ? italicAuthors(entry, base.title()) : base.people();
        if (people.isEmpty()) people = authorsAfterTitle(withoutLinks(head, entry), base.title());
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

    /** "[Title](url), Brian Lester, Rami Al-Rfou, Noah Constant. EMNLP 2021.": names right after the title. */
    private static List<String> authorsAfterTitle(String line, String title) {
        int at = line.indexOf(title);
        if (at < 0) return List.of();
        String after = line.substring(at + title.length()).replaceFirst("^[\\s,.;:–—-]+", "");
        Matcher end = Pattern.compile("(?<!\\b\\p{Lu})\\.(?:\\s|$)").matcher(after);
        String names = end.find() ? after.substring(0, end.start()) : after;
        List<String> people = Names.parse(names);
        long parts = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*").splitAsStream(names.replaceAll("(?i),?\\s*et\\.?\\s*al\\.?", "")).filter(p -> !p.isBlank()).count();
        return people.size() == parts ? people : List.of();
    }

    /** An author-first citation in any of the shapes lists use, or empty. */
    static Optional<EntryText> citation(String text) {
        return quotedTitle(text).or(() -> acm(text)).or(() -> authorFirst(text)).or(() -> Citation.parse(text)
                .map(c -> new EntryText(null, c.title(), c.authors(), null, year(c.year()), null, "", c.venue())));
    }

    /** IEEE and MLA without a quote block: {@code A. Vaswani, N. Shazeer, and N. Parmar, "Attention is all you need," in NeurIPS, 2017.} */
    private static Optional<EntryText> quotedTitle(String text) {
        Matcher m = IEEE.matcher(text);
        if (!m.find()) return Optional.empty();
        List<String> people = allNames(m.group("names"));
        if (people.isEmpty()) return Optional.empty();
        String where = m.group("rest");
        Optional<Venues.Mention> venue = Venues.find(where).or(() -> Venues.parse(where.replaceAll("^(?i)in\\s+", "").replaceAll("[\\s.,;]+$", "")));
        String when = venue.map(Venues.Mention::year).orElseGet(() -> lastYear(where));
        return Optional.of(new EntryText(null, m.group("title").strip(), people, null, year(when), null, "",
                venue.map(Venues.Mention::venue).orElse(null)));
    }

    /** ACM: {@code Jonathan Ho, Ajay Jain, and Pieter Abbeel. 2020. Denoising Diffusion Probabilistic Models. In NeurIPS.} */
    private static Optional<EntryText> acm(String text) {
        Matcher m = ACM.matcher(text);
        if (!m.matches()) return Optional.empty();
        List<String> people = allNames(m.group("names"));
        if (people.isEmpty()) return Optional.empty();
        String where = m.group("venue").replaceAll("^(?i)in\\s+", "").replaceAll("[\\s.,;]+$", "");
        String venue = Venues.find(where).or(() -> Venues.parse(where)).map(Venues.Mention::venue).orElse(null);
        return Optional.of(new EntryText(null, m.group("title").strip(), people, null, year(m.group("year")), null, "", venue));
    }

    /** "Deep Learning — Ian Goodfellow, Yoshua Bengio and Aaron Courville, 2016": the title, then who and when. */
    private static EntryText titleDashAuthors(EntryText base) {
        Matcher m = TITLE_DASH_AUTHORS.matcher(base.title());
        if (!m.matches()) return base;
        List<String> people = allNames(m.group("names"));
        if (people.isEmpty()) return base;
        Dates.PartialDate date = base.date() != null ? base.date() : year(m.group("year"));
        return new EntryText(base.marker(), m.group("title").strip(), people, base.channel(), date, base.recommendedBy(), base.rest(), base.venue());
    }

    /** The names of a phrase that is only a list of names (et al. allowed); empty otherwise. */
    private static List<String> allNames(String phrase) {
        String p = phrase.replaceAll("(?i),?\\s*\\bet\\.?\\s*al\\.?", "").strip();
        List<String> names = Names.parse(p);
        long parts = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*").splitAsStream(p)
                .filter(s -> !s.isBlank()).count();
        return names.size() == parts ? names : List.of();
    }

    private static Dates.PartialDate year(String year) {
        return year == null || !year.matches("(?:19|20)\\d{2}") ? null : new Dates.PartialDate(year, Dates.PartialDate.Precision.YEAR);
    }

    /** "Authors, Title (Venue Year)", "Authors, Title, Venue, Year." and "Authors, Title. Venue Year." */
    static Optional<EntryText> authorFirst(String text) {
        String t = TOPIC_PREFIX.matcher(text).replaceFirst("");
        if (!t.equals(text) && authorFirst(t).isEmpty()) t = text;
        String[] segments = t.split("\\s*,\\s*");
        List<String> people = new ArrayList<>();
        int used = 0;
        for (String segment : segments) {
            // "Todd Hester, Michael Quinlan, and Peter Stone": the serial comma leaves "and" on the last name.
            String s = segment.strip().replaceFirst("^(?:and|&)\\s+", "");
            if (s.matches("(?i)et\\.?\\s*al\\.?")) { used++; continue; }
            List<String> names = Names.parse(s);
            boolean allNames = !names.isEmpty() && names.size() == s.replaceAll("(?i)\\s*\\bet\\.?\\s*al\\.?", "").split("\\s+and\\s+|\\s*&\\s*").length;
            if (!allNames) break;
            people.addAll(names);
            used++;
        }
        if (people.isEmpty() || used >= segments.length) return Optional.empty();
        int cut = 0;
        for (int i = 0; i < used; i++) cut = t.indexOf(',', cut) + 1;
        String rest = t.substring(cut).strip();
        if (rest.isEmpty() || Names.isName(rest.replaceAll("[.\\s]+$", ""))) return Optional.empty();
        EntryText read = titleAndVenue(rest, people);
        // "Deep Learning — Ian Goodfellow, Yoshua Bengio, 2016" is a title then its authors, not a topic prefix.
        if (isOnlyVenueOrDate(read.title()) && !t.equals(text)) return Optional.empty();
        if (isOnlyVenueOrDate(read.title()) && people.size() > 1) {
            // "Tom Schaul, ..., David Silver, Prioritized Experience Replay, ArXiv, 18 Nov 2015": a
            // title in capitals passes for a name; what is left is where and when, so step back one.
            String last = segments[used - 1].strip();
            return Optional.of(titleAndVenue(last + ", " + rest, people.subList(0, people.size() - 1)));
        }
        return Optional.of(read);
    }

    private static String lastYear(String text) {
        Matcher y = Pattern.compile("\\b(?:19|20)\\d{2}\\b").matcher(text);
        String last = null;
        while (y.find()) last = y.group();
        return last;
    }

    private static boolean isOnlyVenueOrDate(String title) {
        String t = title.replaceAll("[\\s.,;:]+$", "");
        return t.isEmpty() || Dates.find(t).isPresent() && t.replaceAll("[^\\p{L}]", "").length() < 12
                || t.matches("(?:19|20)\\d{2}") || Venues.parse(t).filter(v -> v.venue() != null && v.year() != null).isPresent();
    }

    private static EntryText titleAndVenue(String rest, List<String> people) {
        String title = rest;
        String venue = null;
        String when = null;
        for (Pattern p : List.of(PAREN_VENUE, COMMA_VENUE, DOT_VENUE)) {
            Matcher m = p.matcher(rest);
            if (!m.find()) continue;
            title = m.group("title");
            String statement = p == COMMA_VENUE ? m.group("venue") + " " + m.group("year").replaceAll(".*\\b((?:19|20)\\d{2})$", "$1")
                    : m.group("venue");
            // "ArXiv, 16 Oct 2015", "2nd Edition, in progress, 2018": the venue is what is left without the date.
            Optional<Dates.Found> date = Dates.find(statement);
            String bare = date.map(d -> statement.substring(0, d.start()) + statement.substring(d.end())).orElse(statement)
                    .replaceAll("[\\s,.;]+$", "") + date.map(d -> " " + d.date().year()).orElse("");
            Optional<Venues.Mention> v = Venues.parse(bare.strip()).filter(x -> x.venue() == null || !x.venue().matches("(?i).*\\bedition\\b.*"));
            venue = v.map(Venues.Mention::venue).orElse(null);
            when = p == COMMA_VENUE ? m.group("year") : date.map(d -> d.date().lexical()).orElseGet(() -> lastYear(statement));
            break;
        }
        title = title.replaceAll("\\s*\\[.*$", "").replaceAll("^[\\s\"“]+|[\\s\"”.,;:]+$", "");
        Dates.PartialDate date = when == null ? null : when.matches("\\d{4}(-\\d{2}){0,2}")
                ? new Dates.PartialDate(when, when.length() == 4 ? Dates.PartialDate.Precision.YEAR
                        : when.length() == 7 ? Dates.PartialDate.Precision.MONTH : Dates.PartialDate.Precision.DAY)
                : Dates.find(when).map(Dates.Found::date).orElse(null);
        return new EntryText(null, title, List.copyOf(people), null, date, null, "", venue);
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
