package io.studygraph.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * What a query matched in one index reader: its best hits, their total and the facet counts. Those
 * cost a pass over every match (a common word matches half a large index), while a page of hits
 * costs only its own highlighting; so they are kept for the queries asked most recently, as a
 * search engine's query-result cache does, until the index changes (a new reader: after an import,
 * a reindex or a note saved). Paging, going back and asking again then skip the pass.
 */
final class Answers {
    /** Deeper pages than this are counted afresh each time rather than kept. */
    static final int MAX_KEPT_HITS = 200;

    /** A query's answer: the (rewritten) query that matched, its best hits with the total, its facets. */
    record Matched(Query query, TopDocs top, Map<String, List<SearchResult.FacetValue>> facets) {}

    interface Collect {
        /** Collects the best {@code hits} of every match. */
        Matched run(int hits) throws IOException;
    }

    private final int capacity;
    private final Map<Query, Matched> kept;
    private Object reader;

    Answers(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Query, Matched> eldest) {
                return size() > Answers.this.capacity;
            }
        };
    }

    /**
     * The answer for {@code query} in {@code reader} with at least its best {@code hits}, collected by
     * {@code collect} unless kept. Kept answers hold the best {@link #MAX_KEPT_HITS}, so the pages
     * after the first are kept with it.
     */
    Matched get(IndexReader reader, Query query, int hits, Collect collect) throws IOException {
        if (hits > MAX_KEPT_HITS) return collect.run(hits);
        Object readerKey = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        synchronized (this) {
            if (readerKey != this.reader) {
                kept.clear();
                this.reader = readerKey;
            }
            Matched m = kept.get(query);
            if (m != null) return m;
        }
        Matched m = collect.run(MAX_KEPT_HITS);
        synchronized (this) {
            if (readerKey == this.reader) kept.put(query, m);
        }
        return m;
    }
}
