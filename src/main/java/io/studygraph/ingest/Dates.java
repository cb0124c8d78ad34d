package io.studygraph.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reading lists write them: "Published June 7th, 2022", "[Submitted on 14 Nov 2022]",
 * "[4 Oct 2022]", "2022-06-07", "(2021)". Gives the most precise form the text supports.
 */
final class Dates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "2017-06" in a table's Date column. */
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(\\d{2})\\b(?!-\\d)");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[(\\[]\\s*((?:19|20)\\d{2})\\s*[)\\]]");

    /** A date with the precision the text gave: a day, a month or a year. */
    record PartialDate(String lexical, Precision precision) {
        enum Precision { DAY, MONTH, YEAR }

        String year() { return lexical.substring(0, 4); }
    }

    private Dates() {}

    /** The first date in the text, if any, with where it was found. */
    static Optional<Found> find(String text) {
        Found best = null;
        // Spans a more precise pattern matched but rejected ("31 Feb 2022"): a less precise one must
        // not read them again ("Feb 2022") and invent a date the text does not give.
        java.util.List<int[]> rejected = new java.util.ArrayList<>();
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, ISO_MONTH, YEAR_IN_BRACKETS}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start(), end = m.end();
                if (rejected.stream().anyMatch(r -> start < r[1] && end > r[0])) continue;
                Optional<PartialDate> date = toDate(p, m);
                if (date.isEmpty()) {
                    rejected.add(new int[] {start, end});
                    continue;
                }
                if (best == null || start < best.start()) best = new Found(date.get(), start, end);
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    record Found(PartialDate date, int start, int end) {}

    /**
     * The date a record gives in parts (BibTeX year and month, RIS "2020/06/19/", CSL date-parts):
     * as precise as its parts go; empty when they name no real date ("2022-02-31").
     */
    static Optional<PartialDate> of(int year, Integer month, Integer day) {
        try {
            if (year < 1000 || year > 9999) return Optional.empty();
            if (month == null) return Optional.of(new PartialDate(Integer.toString(year), PartialDate.Precision.YEAR));
            if (day == null) return Optional.of(new PartialDate(YearMonth.of(year, month).toString(), PartialDate.Precision.MONTH));
            return Optional.of(day(LocalDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PartialDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return Optional.of(day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
            } else if (p == DAY_MONTH_YEAR) {
                return Optional.of(day(LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1))));
            } else if (p == MONTH_DAY_YEAR) {
                return Optional.of(day(LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2))));
            } else if (p == ISO_MONTH) {
                return Optional.of(new PartialDate(YearMonth.of(num(m, 1), num(m, 2)).toString(), PartialDate.Precision.MONTH));
            } else if (p == MONTH_YEAR) {
                return Optional.of(new PartialDate(YearMonth.of(num(m, 2), month(m.group(1))).toString(), PartialDate.Precision.MONTH));
            }
            return Optional.of(new PartialDate(m.group(1), PartialDate.Precision.YEAR));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "31 Feb 2022" is not a date: ignore it rather than invent one
        }
    }

    private static PartialDate day(LocalDate d) {
        return new PartialDate(d.toString(), PartialDate.Precision.DAY);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month.getValue();
            }
        }
        throw new java.time.DateTimeException("not a month: " + name);
    }
}
