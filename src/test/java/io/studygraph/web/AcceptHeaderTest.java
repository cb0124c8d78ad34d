package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9110's rules for Accept, over the offers of an entity IRI: q-values, specificity, order. */
class AcceptHeaderTest {
    private static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json", "application/n-triples");

    private static Optional<String> choose(String accept) {
        return AcceptHeader.parse(accept).choose(OFFERS).map(AcceptHeader.Choice::mediaType);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // A browser: HTML named, the rest by wildcard.
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            // HTML refused outright: q=0 is a no, even with a wildcard beside it.
            "text/html;q=0, */*;q=0.5 | text/turtle",
            "text/html;q=0, text/turtle | text/turtle",
            // The most specific range decides an offer's quality: text/* is low, text/html high.
            "text/*;q=0.2, text/html | text/html",
            "text/*;q=0.9, text/html;q=0.1 | text/turtle",
            // Highest quality wins whatever the order written.
            "application/n-triples;q=0.5, application/ld+json;q=0.9 | application/ld+json",
            // Equal quality: a range naming the type beats the wildcard, then the server's order.
            "*/*, application/ld+json | application/ld+json",
            "*/* | text/turtle",
            "TEXT/HTML | text/html",
            // Parameters other than q do not stop a match; a q past 1 or unreadable is a refusal.
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#expanded\" | application/ld+json",
            "text/html;q=2, text/turtle;q=0.1 | text/turtle",
    })
    void the_best_offer_is_chosen(String accept, String expected) {
        assertThat(choose(accept)).contains(expected);
    }

    @Test
    void nothing_acceptable_is_empty_and_no_usable_header_accepts_anything() {
        assertThat(choose("application/pdf")).isEmpty();
        assertThat(choose("text/turtle;q=0, text/html;q=0, application/*;q=0")).isEmpty();
        assertThat(choose(null)).contains("text/turtle");
        assertThat(choose("")).contains("text/turtle");
        assertThat(choose(";;;,,,")).contains("text/turtle");
        assertThat(choose("*/html")).as("a range with a wildcard type and a subtype is malformed").contains("text/turtle");
    }

    @Test
    void a_choice_says_whether_the_client_named_its_type() {
        assertThat(AcceptHeader.parse("*/*").choose(OFFERS).orElseThrow().named()).isFalse();
        assertThat(AcceptHeader.parse("application/ld+json, */*;q=0.1").choose(OFFERS).orElseThrow().named()).isTrue();
        assertThat(AcceptHeader.parse("text/*").choose(OFFERS).orElseThrow().named()).isTrue();
    }
}
