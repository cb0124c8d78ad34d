package io.studygraph.search;

import io.studygraph.study.Learner;

/**
 * One search: the text as typed, optional filters (null for none), the page wanted, and whose
 * notes may match.
 *
 * @param kind a kind slug such as "paper", or "note"
 * @param year a four-digit year
 * @param concept a concept's label, as the concept facet lists it
 * @param learner the learner searching: their notes match, no other learner's do
 */
public record SearchRequest(String q, String kind, String year, String concept, int limit, int offset, String learner) {
    public SearchRequest {
        if (learner == null) learner = Learner.DEFAULT.name();
    }

    /** A search by the default learner. */
    public SearchRequest(String q, String kind, String year, String concept, int limit, int offset) {
        this(q, kind, year, concept, limit, offset, Learner.DEFAULT.name());
    }
}
