package io.studygraph.search;

import java.util.List;

/**
 * What the index knows of one entity, gathered from the graph by {@link DocumentSource}.
 *
 * @param people authors in list order, or presenters, each once by display name: what a hit shows
 * @param otherPeopleNames other names of those people, and contributors: searched, not shown
 * @param year the four-digit year of the earliest date, or null
 */
record EntityDocument(String iri, String kind, String label, List<String> altLabels, List<String> people,
                      List<String> otherPeopleNames, List<String> texts, List<String> concepts, List<String> related,
                      List<String> identifiers, String year, List<String> sources) {}
