package io.studygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first line of a list entry says, read the way people write reading lists:
 * {@code "Title" by A and B (Published June 7th, 2022)}, {@code Title. (2021)},
 * {@code Title [4 Oct 2022] by Person - Channel}, {@code [139] Title [Submitted on 7 Jan 2022] URL}.
 *
 * @param marker a reference number such as "139" from "[139]", or null
 * @param title the title, or null when the line is only links
 * @param people names after "by", in order
 * @param channel what follows "by Person - ", e.g. a YouTube channel
 * @param date the first date after the title
 * @param recommendedBy the name in "Recommended by Name"
 * @param rest the text after the title and people, without links: a definition or note
 * @param venue where the work appeared ("NeurIPS"), normalised, or null
 */
record EntryText(String marker, String title, List<String> people, String channel, Dates.PartialDate date,
                 String recommendedBy, String rest, String venue) {

    private static final Pattern MARKER = Pattern.compile("^\\[(\\d{1,4})\\]\\s*");
    private static final Pattern QUOTED = Pattern.compile("^[\\s*_]*[\"“”](.+?)[\"“”]");
    private static final Pattern TITLE_END = Pattern.compile(
            "\\s+by\\s+|\\s*\\[|\\s*\\((?=Published|Submitted|Posted|\\d{4}\\)|[^()]{0,60}\\b(?:19|20)\\d{2}\\)\\s*(?:\\[|$|by\\s))|\\s+>\\s*|\\.\\s+(?=\\p{Lu}|\\()|\\.\\s*$|:\\s*$|\\s+[-–—]\\s*$");
    private static final Pattern BY = Pattern.compile("(?:^|\\s)by\\s+(.+)$");
    // A full stop ends the names, unless it closes an initial ("Jakub M. Tomczak").
    private static final Pattern PEOPLE_END = Pattern.compile("\\s*[(\\[]|\\s+[-–—]\\s+|(?<!\\b\\p{Lu})\\.\\s|\\.$|,?\\s+(?:Published|Recommended|Submitted)");
    private static final Pattern CHANNEL = Pattern.compile("^\\s+[-–—]\\s+([^(\\[]+)");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|le|la|bin|al))*$");
    private static final Pattern RECOMMENDED = Pattern.compile("Recommended by\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LINK_LABEL = Pattern.compile("^[\\w .-]{1,30}:\\s*$");

    static EntryText read(String line, String markedTitle) {
        String text = URL.matcher(line).replaceAll(" ").replace('`', ' ').strip();
        String marker = null;
        Matcher mk = MARKER.matcher(text);
        if (mk.find()) {
            marker = mk.group(1);
            text = text.substring(mk.end());
        }
        text = text.replaceAll("\\s+>\\s*$", "").replaceAll("\\s{2,}", " ").strip();
        String title;
        String after;
        Matcher q = QUOTED.matcher(text);
        if (q.find()) {
            title = q.group(1);
            after = text.substring(q.end());
        } else if (markedTitle != null && text.startsWith(markedTitle)) {
            title = markedTitle;
            after = text.substring(markedTitle.length());
        } else {
            title = text.substring(0, titleEnd(text));
            after = text.substring(title.length());
        }
        title = title.replaceAll("^[\\s*_\"“]+|[\\s*_\"”.,;:]+$", "");
        if (title.isEmpty() || LINK_LABEL.matcher(title + ":").matches() && title.length() < 25
                && after.replaceAll("[:\\s]", "").isEmpty() && line.contains(title + ":")) {
            // "arXiv:" or "google-citation:" alone is the label of a link, not a title.
            return new EntryText(marker, null, List.of(), null, null, null, "", null);
        }
        List<String> people = new ArrayList<>();
        String channel = null;
        String rest = after;
        Matcher by = BY.matcher(after);
        if (by.find()) {
            String tail = by.group(1);
            Matcher pe = PEOPLE_END.matcher(tail);
            int cut = pe.find() ? pe.start() : tail.length();
            people = names(tail.substring(0, cut));
            String afterPeople = tail.substring(cut);
            Matcher ch = CHANNEL.matcher(afterPeople);
            if (ch.find()) {
                channel = ch.group(1).replaceAll("[\\s.,;]+$", "");
                afterPeople = afterPeople.substring(ch.end());
            }
            rest = after.substring(0, by.start()) + " " + afterPeople;
        }
        Dates.PartialDate date = Dates.find(after).map(Dates.Found::date).orElse(null);
        String recommendedBy = Optional.of(RECOMMENDED.matcher(line)).filter(Matcher::find).map(m -> m.group(1)).orElse(null);
        String note = cleanRest(rest);
        return new EntryText(marker, title, people, channel, date, recommendedBy, note, null);
    }

    /**
     * Where an unquoted title ends. "by" ends it only when names follow: "Neural Machine Translation
     * by Jointly Learning to Align and Translate" is one title.
     */
    private static int titleEnd(String text) {
        Matcher end = TITLE_END.matcher(text);
        while (end.find()) {
            if (end.group().strip().equals("by") && !namesFollow(text.substring(end.end()))) continue;
            return end.start();
        }
        return text.length();
    }

    private static boolean namesFollow(String tail) {
        // "Generating Sentences by Editing Prototypes", "by Jointly Learning": a verb follows, not a name.
        if (tail.matches("^\\p{Lu}\\p{Ll}{3,}(?:ing|ly)\\b.*")) return false;
        Matcher pe = PEOPLE_END.matcher(tail);
        String people = tail.substring(0, pe.find() ? pe.start() : tail.length());
        String[] parts = people.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
        // "Learning to Fly by Driving", "Entity Linking by Neural Type System Evolution": no names follow.
        return java.util.Arrays.stream(parts).map(p -> p.strip().replaceAll("[.,;]+$", ""))
                .allMatch(p -> NAME.matcher(p).matches() && Names.isName(p));
    }

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        String withoutEtAl = text.replaceAll(",?\\s+et\\s+al\\.?\\s*$", "");
        for (String part : withoutEtAl.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*")) {
            String name = part.strip().replaceAll("[.,;]+$", "");
            if (NAME.matcher(name).matches() && name.split("\\s+").length <= 5) out.add(name);
        }
        return out;
    }

    /** What is left once dates, "Recommended by" and brackets are gone: a definition, or nothing. */
    private static String cleanRest(String rest) {
        String r = rest.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\((?:Published|Submitted|Posted)[^)]*\\)", " ")
                .replaceAll("\\(\\d{4}\\)", " ").replaceAll("Recommended by\\s+\\S+(\\s+\\p{Lu}\\S*)*", " ")
                .replaceAll("^[\\s.,;:>—–-]+|[\\s>]+$", "").replaceAll("\\s{2,}", " ").strip();
        return r.length() < 3 ? "" : r;
    }
}
