package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation written as a list item, authors first, in the shapes reading lists use:
 * {@code Jens Kober, J. Andrew Bagnell, Jan Peters, Reinforcement Learning in Robotics, A Survey (IJRR 2013)},
 * {@code Andrew Barto, Michael Duff, Monte Carlo Inversion and Reinforcement Learning, NIPS, 1994.},
 * ACM ({@code Names. 2020. Title. In Venue.}), IEEE ({@code Names, "Title," in Venue, 2017.}), and
 * the APA and MLA shapes {@link Citation} reads from quote blocks.
 */
final class ListCitation {
    private static final Pattern TOPIC_PREFIX = Pattern.compile("^[^,:()\\[\\]]{2,40}\\s+[-–—]\\s+");
    private static final Pattern PAREN_VENUE = Pattern.compile("^(?<title>.+?)\\s*\\((?<venue>[^()]*?\\b(?:19|20)\\d{2})\\)");
    private static final Pattern COMMA_VENUE = Pattern.compile(
            "^(?<title>.+?),\\s*(?<venue>[^,]{2,80}?),\\s*(?<year>(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+)?(?:19|20)\\d{2})\\b");
    private static final Pattern DOT_VENUE = Pattern.compile("^(?<title>.+?)\\.\\s+(?<venue>[^.]{2,80}?(?:19|20)\\d{2})\\b");
    private static final Pattern IEEE = Pattern.compile("^(?<names>[^\"“]{3,400}?),?\\s+[\"“](?<title>[^\"”]{3,300}?)[,.]?[\"”][,.]?\\s*(?<rest>.*)$");
    private static final Pattern ACM = Pattern.compile("^(?<names>[^\"“]{3,400}?)\\.\\s+(?<year>(?:19|20)\\d{2})[a-z]?\\.\\s+(?<title>.+?)\\.\\s+(?<venue>.+)$");

    private ListCitation() {}

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

    /** The names of a phrase that is only a list of names (et al. allowed); empty otherwise. */
    static List<String> allNames(String phrase) {
        String p = phrase.replaceAll("(?i),?\\s*\\bet\\.?\\s*al\\.?", "").strip();
        List<String> names = Names.parse(p);
        long parts = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*").splitAsStream(p)
                .filter(s -> !s.isBlank()).count();
        return names.size() == parts ? names : List.of();
    }

    static Dates.PartialDate year(String year) {
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
            List<String> names = allNames(s);
            if (names.isEmpty()) break;
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
}
