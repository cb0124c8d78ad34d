package io.studygraph.search;

import java.util.List;

/**
 * What the index knows of one entity, or of one learner's note, gathered from the graph by
 * {@link DocumentSource}.
 *
 * @param people authors in list order, or presenters, each once by display name: what a hit shows
 * @param otherPeopleNames other names of those people, and contributors: searched, not shown
 * @param year the four-digit year of the earliest date, or null
 * @param importance how central the entity is in the graph, 0 to 1 ({@code sg:importance})
 * @param learner whose note this is; null for an entity
 * @param on the IRI of the entity a note is on; null for an entity
 */
record EntityDocument(String iri, String kind, String label, List<String> altLabels, List<String> people,
                      List<String> otherPeopleNames, List<String> texts, List<String> concepts, List<String> related,
                      List<String> identifiers, String year, double importance, List<String> sources, String learner, String on) {
    /**
     * The kind of a learner's note: a search-only kind, not a {@link io.studygraph.graph.Kind},
     * since notes are study records rather than entities of the reading list.
     */
    static final String NOTE_KIND = "note";

    /** A learner's note, labelled by what it is on and searched by its Markdown. */
    static EntityDocument note(String iri, String learner, String on, String onLabel, String text, List<String> sources) {
        return new EntityDocument(iri, NOTE_KIND, "Note on " + onLabel, List.of(), List.of(), List.of(), List.of(text),
                List.of(), List.of(), List.of(), null, 0, sources, learner, on);
    }

    boolean isNote() {
        return NOTE_KIND.equals(kind);
    }
}
