package io.studygraph.ingest;

import java.util.Collection;

/**
 * Where reconciliation finds the entities a name or identifier may stand for without reading the
 * whole store: the search index answers by term, and the store then confirms each candidate with
 * a lookup bound to it. A candidate that is not what it seemed costs one lookup, never a wrong merge.
 */
public interface Candidates {
    /** At most this many candidates are looked at for one name or identifier. */
    int MAX = 50;

    /**
     * IRIs of entities with a name, other name or label whose {@link io.studygraph.graph.Slugs#of} is
     * {@code nameKey}; or, for a person's {@link io.studygraph.graph.PersonName#matchKey}, of the
     * people with a name of that key.
     */
    Collection<String> named(String nameKey);

    /** IRIs of entities with this identifier (arXiv id, DOI, YouTube id, owner/name…), lowercased. */
    Collection<String> identified(String identifier);
}
