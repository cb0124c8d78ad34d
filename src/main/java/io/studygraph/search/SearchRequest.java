package io.studygraph.search;

/**
 * One search: the text as typed, optional filters (null for none), and the page wanted.
 *
 * @param kind a kind slug such as "paper"
 * @param year a four-digit year
 * @param concept a concept's label, as the concept facet lists it
 */
public record SearchRequest(String q, String kind, String year, String concept, int limit, int offset) {}
