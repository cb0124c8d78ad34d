package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.ingest.Dates.PartialDate;
import io.studygraph.ingest.Dates.PartialDate.Precision;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void published_with_an_ordinal_day_is_a_full_date() {
        assertThat(date("Published June 7th, 2022.")).isEqualTo(new PartialDate("2022-06-07", Precision.DAY));
        assertThat(date("Published June 1st, 2022")).isEqualTo(new PartialDate("2022-06-01", Precision.DAY));
        assertThat(date("June 22nd 2022")).isEqualTo(new PartialDate("2022-06-22", Precision.DAY));
    }

    @Test
    void published_on_month_day_year_is_a_full_date() {
        assertThat(date("(Published on May 12, 2022)")).isEqualTo(new PartialDate("2022-05-12", Precision.DAY));
        assertThat(date("Posted Sept. 5, 2021")).isEqualTo(new PartialDate("2021-09-05", Precision.DAY));
    }

    @Test
    void submitted_on_day_month_year_is_a_full_date() {
        assertThat(date("[Submitted on 14 Nov 2022]")).isEqualTo(new PartialDate("2022-11-14", Precision.DAY));
        assertThat(date("[Submitted on 7 Jan 2022]")).isEqualTo(new PartialDate("2022-01-07", Precision.DAY));
    }

    @Test
    void a_bracketed_day_month_year_is_a_full_date() {
        assertThat(date("Computerphile[4 Oct 2022] by Mike Pound")).isEqualTo(new PartialDate("2022-10-04", Precision.DAY));
        assertThat(date("[15 May 2021]")).isEqualTo(new PartialDate("2021-05-15", Precision.DAY));
        assertThat(date("[17 January 2023]")).isEqualTo(new PartialDate("2023-01-17", Precision.DAY));
    }

    @Test
    void a_year_in_brackets_is_a_year() {
        PartialDate year = date("Diffusion Models Beat GANS on Image Synthesis. (2021)");
        assertThat(year).isEqualTo(new PartialDate("2021", Precision.YEAR));
        assertThat(year.year()).isEqualTo("2021");
        assertThat(date("[1999]")).isEqualTo(new PartialDate("1999", Precision.YEAR));
    }

    @Test
    void a_bare_number_is_not_a_year() {
        assertThat(Dates.find("Chapter 2021 of nothing")).isEmpty();
        assertThat(Dates.find("Deep Learning Chapter 6")).isEmpty();
        assertThat(Dates.find("(1234)")).isEmpty();
    }

    @Test
    void an_iso_date_is_a_full_date() {
        assertThat(date("2022-06-07")).isEqualTo(new PartialDate("2022-06-07", Precision.DAY));
        assertThat(date("updated 2024-02-29.")).isEqualTo(new PartialDate("2024-02-29", Precision.DAY));
    }

    @Test
    void a_month_and_year_is_a_month() {
        PartialDate month = date("Published March 2023");
        assertThat(month).isEqualTo(new PartialDate("2023-03", Precision.MONTH));
        assertThat(month.year()).isEqualTo("2023");
        assertThat(date("Dec, 2021")).isEqualTo(new PartialDate("2021-12", Precision.MONTH));
    }

    @Test
    void month_names_are_read_in_any_case_and_length() {
        assertThat(date("14 NOV 2022")).isEqualTo(new PartialDate("2022-11-14", Precision.DAY));
        assertThat(date("14 november 2022")).isEqualTo(new PartialDate("2022-11-14", Precision.DAY));
        assertThat(date("Sep 2020")).isEqualTo(new PartialDate("2020-09", Precision.MONTH));
        assertThat(date("Sept 2020")).isEqualTo(new PartialDate("2020-09", Precision.MONTH));
    }

    @Test
    void an_impossible_iso_date_is_ignored() {
        assertThat(Dates.find("2022-02-30")).isEmpty();
        assertThat(Dates.find("2023-13-01")).isEmpty();
    }

    @Test
    void an_impossible_iso_date_gives_way_to_a_real_date_after_it() {
        assertThat(date("2022-02-30, corrected 3 Mar 2021")).isEqualTo(new PartialDate("2021-03-03", Precision.DAY));
    }

    @Test
    void february_29th_is_a_date_only_in_leap_years() {
        assertThat(date("29 Feb 2024")).isEqualTo(new PartialDate("2024-02-29", Precision.DAY));
        assertThat(Dates.find("29 Feb 2023").map(f -> f.date().precision())).isNotEqualTo(java.util.Optional.of(Precision.DAY));
    }

    @Test
    void the_first_date_in_the_text_wins() {
        assertThat(date("(2021) [Submitted on 7 Jan 2022]")).isEqualTo(new PartialDate("2021", Precision.YEAR));
        assertThat(date("[Submitted on 7 Jan 2022] (2021)")).isEqualTo(new PartialDate("2022-01-07", Precision.DAY));
        assertThat(date("May 2021, 1 May 2022")).isEqualTo(new PartialDate("2021-05", Precision.MONTH));
        assertThat(date("1 May 2022 or May 2021")).isEqualTo(new PartialDate("2022-05-01", Precision.DAY));
    }

    @Test
    void where_the_date_was_found_is_reported() {
        String text = "Published on May 12, 2022). Recommended by Sofia";
        Dates.Found found = Dates.find(text).orElseThrow();
        assertThat(text.substring(found.start(), found.end())).isEqualTo("May 12, 2022");
    }

    @Test
    void text_without_a_date_gives_nothing() {
        assertThat(Dates.find("Latent Variable Models by Jakub M. Tomczak")).isEmpty();
        assertThat(Dates.find("Ultimate Guide to Diffusion Models | ML Coding Series")).isEmpty();
        assertThat(Dates.find("")).isEmpty();
    }

    private static PartialDate date(String text) {
        return Dates.find(text).map(Dates.Found::date).orElseThrow(() -> new AssertionError("no date in: " + text));
    }
}
