package io.studygraph.search;

/** The fields of an entity document, with why each is indexed the way it is. */
final class Fields {
    /** The entity IRI: a single untokenised term, stored, so hits need no store round trip. */
    static final String IRI = "iri";
    /** Kind slug: filter term, stored, and a facet. */
    static final String KIND = "kind";
    /** Four-digit year of the earliest date: filter term, stored, and a facet. */
    static final String YEAR = "year";
    /** Labels of the concepts the entity is about or mentions: a facet (and searchable via CONCEPTS). */
    static final String CONCEPT = "concept";
    /** The display label: English text, stored for hits and highlighting; the strongest boost. */
    static final String LABEL = "label";
    /** Other names and acronyms ("DDPM", "Beat-GANs"): English text, stored. */
    static final String ALT = "alt";
    /** Authors' and presenters' names, in order: folded, not stemmed, stored for snippets. */
    static final String PEOPLE = "people";
    /** Summary, abstract or definition: English text, stored for snippets. */
    static final String TEXT = "text";
    /** Concept labels as text, stored for snippets ("mentions Classifier guidance"). */
    static final String CONCEPTS = "concepts";
    /** Names of venues, channels, affiliations: folded text, not stored, a weak signal. */
    static final String RELATED = "related";
    /** Identifiers as typed (arXiv id, DOI, YouTube id, owner/name): one lowercased term each. */
    static final String ID = "id";
    /** Identifiers as words, so "guided-diffusion" finds "openai/guided-diffusion". */
    static final String ID_TEXT = "idtext";
    /**
     * The label and other names as reconciliation's keys ({@link io.studygraph.graph.Slugs#of}: folded,
     * lowercase, hyphens): one untokenised term each, not stored, so an import finds the entity a
     * name already stands for by term instead of reading every name of the store.
     */
    static final String NAME_KEY = "namekey";
    /** Unstemmed words of labels and names: the dictionary for "did you mean". */
    static final String SPELL = "spell";
    /** Every prefix of every word of the label and other names, for autocomplete. */
    static final String SUGGEST = "suggest";
    /** Named graphs that say something about the entity: which documents an import must refresh. */
    static final String SOURCE = "source";
    /** Whose note: a filter term, stored, so no learner's search ever matches another's notes. */
    static final String LEARNER = "learner";
    /** The entity a note is on: stored only, for the hit to link to; nothing searches by it. */
    static final String ON = "on";

    /** Ranking features: {@link #IMPORTANCE} as a Lucene feature, so a query adds it to a hit's score. */
    static final String FEATURES = "features";
    /** The feature holding the entity's {@code sg:importance} (0 to 1). */
    static final String IMPORTANCE = "importance";

    private Fields() {}
}
