package io.studygraph.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many entities and notes matched (all pages)
 * @param facets per dimension (kind, year, concept) the values among the matches, with counts
 * @param suggestion the query with misspelt words corrected, or null
 * @param note why part or all of the query was not searched (only common words, past the word
 *     limit), or null
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
                           String note) {

    /**
     * A matching entity or note; {@code title} and {@code snippet} mark what matched.
     *
     * @param on for a note, the IRI of the entity it is on (what a link to the hit should open); else null
     */
    public record Hit(String iri, String kind, String label, String year, List<String> people, float score,
                      List<Part> title, List<Part> snippet, String on) {}

    /** A piece of highlighted text; {@code hit} marks what matched the query. */
    public record Part(String text, boolean hit) {}

    public record FacetValue(String value, int count) {}

    /** An autocomplete entry; {@code matched} is the other name the typed words matched, null when the label did. */
    public record Suggestion(String iri, String kind, String label, String matched) {}

    public record Scored(String iri, float score) {}
}
