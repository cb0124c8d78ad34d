package io.studygraph.search;

import io.studygraph.graph.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Entity search over the index, the learner's own notes included: ranked hits with highlighted
 * snippets, facets by kind, year and concept, filters, paging and a spelling suggestion. Each call
 * works on one acquired searcher; hits are read from stored fields, never from the store.
 *
 * <pre>{@code
 * SearchResult r = service.search(new SearchRequest("guided difusion", null, null, null, 10, 0));
 * r.suggestion(); // "guided diffusion"
 * }</pre>
 */
public final class SearchService {
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final String LIMIT_RANGE = "Parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT;
    public static final String OFFSET_RANGE = "Parameter 'offset' must be a whole number from 0 to " + MAX_OFFSET;
    private static final List<String> FACETS = List.of(Fields.KIND, Fields.YEAR, Fields.CONCEPT);
    private static final String[] SNIPPET_FIELDS = {Fields.ALT, Fields.PEOPLE, Fields.CONCEPTS, Fields.TEXT};
    private static final List<String> ENTITY_KINDS = Arrays.stream(Kind.values()).map(Kind::slug).toList();
    /** What {@code kind} may filter a search by: the graph's kinds and the learner's notes. */
    private static final List<String> SEARCH_KINDS = java.util.stream.Stream.concat(ENTITY_KINDS.stream(),
            java.util.stream.Stream.of(EntityDocument.NOTE_KIND)).toList();
    private static final Query NOTES = new TermQuery(new Term(Fields.KIND, EntityDocument.NOTE_KIND));
    /**
     * What importance adds to a match's score: {@value #CENTRALITY_WEIGHT} times the importance (0 to
     * 1), about what a title word is worth. A word's match decides what is found; among the matches
     * the items the graph leads to come first, rather than a repository whose short name is the
     * word ("diffusion" finds DDPM before "hojonathanho/diffusion").
     */
    static final float CENTRALITY_WEIGHT = 3f;
    private static final Query CENTRAL = org.apache.lucene.document.FeatureField.newLinearQuery(Fields.FEATURES, Fields.IMPORTANCE,
            CENTRALITY_WEIGHT);

    private final SearchIndex index;
    private final QueryTranslator translator = new QueryTranslator();
    // Built once: the highlighter re-analyses stored text with the index's own analysis.
    private final org.apache.lucene.analysis.Analyzer indexAnalyzer = Analyzers.forIndex();
    private volatile SortedSetDocValuesReaderState facetState;
    private final Answers answers = new Answers(256);

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        String text = checkText(request.q());
        if (request.limit() < 1 || request.limit() > MAX_LIMIT) throw new BadQueryException(LIMIT_RANGE);
        if (request.offset() < 0 || request.offset() > MAX_OFFSET) throw new BadQueryException(OFFSET_RANGE);
        return withSearcher(searcher -> {
            QueryTranslator.Translation t = translator.translate(UserQuery.parse(text), searcher);
            // Rewritten once (fuzzy words expand to terms here), not again by each highlighter pass.
            Query allWords = searcher.rewrite(filtered(t.allWords(), request, searcher));
            int wanted = request.offset() + request.limit();
            Answers.Matched matched = answers.get(searcher.getIndexReader(), allWords, wanted, n -> {
                Answers.Matched all = collect(searcher, allWords, n);
                // No entity has every word: fall back to any word, best matches first.
                return all.top().totalHits.value > 0 ? all : collect(searcher, searcher.rewrite(filtered(t.anyWord(), request, searcher)), n);
            });
            ScoreDoc[] docs = matched.top().scoreDocs;
            ScoreDoc[] page = Arrays.copyOfRange(docs, Math.min(request.offset(), docs.length), Math.min(wanted, docs.length));
            return new SearchResult(text, matched.top().totalHits.value, hits(searcher, matched.query(), page), matched.facets(),
                    t.suggestion(), t.note());
        });
    }

    /** Autocomplete: entities (never notes) whose label or other names start with the typed words. */
    public List<SearchResult.Suggestion> suggest(String prefix, int limit) {
        return suggest(prefix, null, limit);
    }

    /** {@link #suggest(String, int)} for one kind only (null for any), e.g. to pick a paper. */
    public List<SearchResult.Suggestion> suggest(String prefix, String kind, int limit) {
        String text = checkText(prefix);
        if (limit < 1 || limit > MAX_LIMIT) throw new BadQueryException(LIMIT_RANGE);
        if (kind != null && !ENTITY_KINDS.contains(kind)) throw unknownKind(kind, ENTITY_KINDS);
        return withSearcher(searcher -> {
            List<String> words = translator.tokens(Fields.SPELL, text);
            if (words.isEmpty()) return List.of();
            Map<String, SearchResult.Suggestion> out = new LinkedHashMap<>();
            suggestions(searcher, words, kind, limit, out);
            if (out.size() < limit) {
                // Forgive a typo as the results page does: "difusion" completes as "diffusion" would.
                String corrected = translator.translate(UserQuery.parse(text), searcher).suggestion();
                if (corrected != null) suggestions(searcher, translator.tokens(Fields.SPELL, corrected), kind, limit, out);
            }
            return List.copyOf(out.values());
        });
    }

    /**
     * Adds the entities whose names have words starting with each of {@code words}, most central
     * first among equal matches, until {@code out} holds {@code limit}. A suggestion found by another
     * name than its label says which ("DDPM" for Denoising Diffusion Probabilistic Models).
     */
    private void suggestions(IndexSearcher searcher, List<String> words, String kind, int limit,
                             Map<String, SearchResult.Suggestion> out) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) b.add(new TermQuery(new Term(Fields.SUGGEST, w.length() > 20 ? w.substring(0, 20) : w)), Occur.MUST);
        if (kind != null) b.add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
        b.add(NOTES, Occur.MUST_NOT);
        b.add(CENTRAL, Occur.SHOULD);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(b.build(), limit + out.size()).scoreDocs) {
            if (out.size() >= limit) break;
            Document d = stored.document(sd.doc);
            String iri = d.get(Fields.IRI);
            if (out.containsKey(iri)) continue;
            String label = d.get(Fields.LABEL);
            String matched = startsEach(label, words) ? null
                    : Arrays.stream(d.getValues(Fields.ALT)).filter(alt -> startsEach(alt, words)).findFirst().orElse(null);
            out.put(iri, new SearchResult.Suggestion(iri, d.get(Fields.KIND), label, matched));
        }
    }

    /** Whether each typed word begins some word of the name, as autocomplete matches them. */
    private boolean startsEach(String name, List<String> typed) {
        List<String> nameWords = translator.tokens(Fields.SPELL, name);
        return typed.stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w)));
    }

    /** The best entities (never notes) for a text, as IRIs with scores: what {@code sg:search} binds in SPARQL. */
    public List<SearchResult.Scored> top(String text, int limit) {
        String checked = checkText(text);
        return withSearcher(searcher -> {
            // A SPARQL query has no learner, and a note is nobody's answer but its learner's.
            Query query = new BooleanQuery.Builder().add(translator.translate(UserQuery.parse(checked), searcher).anyWord(), Occur.MUST)
                    .add(NOTES, Occur.MUST_NOT).build();
            List<SearchResult.Scored> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, Math.min(Math.max(limit, 1), MAX_OFFSET)).scoreDocs) {
                out.add(new SearchResult.Scored(stored.document(sd.doc, java.util.Set.of(Fields.IRI)).get(Fields.IRI), sd.score));
            }
            return out;
        });
    }

    private static String checkText(String q) {
        if (q == null || q.isBlank()) throw new BadQueryException("Parameter 'q' is required: type something to search for");
        if (q.length() > MAX_QUERY_LENGTH) throw new BadQueryException("Parameter 'q' is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are searched");
        return q.strip();
    }

    private static BadQueryException unknownKind(String kind, List<String> known) {
        return new BadQueryException("Parameter 'kind': unknown kind " + quoted(kind) + "; use one of " + known);
    }

    /** A value echoed in an error, cut short: a problem detail need not repeat a kilobyte of input. */
    static String quoted(String value) {
        String shown = value.codePointCount(0, value.length()) > 40 ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
        return "'" + shown + "'";
    }

    private Query filtered(Query query, SearchRequest r, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST).add(CENTRAL, Occur.SHOULD);
        if (r.kind() != null) {
            if (!SEARCH_KINDS.contains(r.kind())) throw unknownKind(r.kind(), SEARCH_KINDS);
            b.add(new TermQuery(new Term(Fields.KIND, r.kind())), Occur.FILTER);
        }
        // Notes are private to their learner: another's match nothing, so neither hits nor facet counts show them.
        b.add(new BooleanQuery.Builder().add(NOTES, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.LEARNER, r.learner())), Occur.MUST_NOT).build(), Occur.MUST_NOT);
        if (r.year() != null) {
            // count, not docFreq: docFreq still counts the documents a re-import deleted
            if (!r.year().matches("\\d{4}") || searcher.count(new TermQuery(new Term(Fields.YEAR, r.year()))) == 0) {
                throw new BadQueryException("Parameter 'year': unknown year " + quoted(r.year()) + "; give a four-digit year in which an item of the graph is dated");
            }
            b.add(new TermQuery(new Term(Fields.YEAR, r.year())), Occur.FILTER);
        }
        if (r.concept() != null) {
            List<String> known = facetValues(searcher, Fields.CONCEPT);
            if (!known.contains(r.concept())) throw new BadQueryException("Parameter 'concept': unknown concept " + quoted(r.concept()));
            b.add(new TermQuery(DrillDownQuery.term(Documents.FACETS.getDimConfig(Fields.CONCEPT).indexFieldName,
                    Fields.CONCEPT, r.concept())), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The page's hits with their highlighted title and one snippet. Only the fields a hit matched in
     * are highlighted (Lucene's matches say which), and each hit's snippet comes from the first of
     * {@link #SNIPPET_FIELDS} that shows a match: highlighting every field of every hit was half
     * of a search's time on a large index.
     */
    /** Every match of a query counted, its best {@code n} kept and its facets counted. */
    private Answers.Matched collect(IndexSearcher searcher, Query query, int n) throws IOException {
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
        return new Answers.Matched(query, result.topDocs(), facets(searcher, result.facetsCollector()));
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return List.of();
        var stored = searcher.storedFields();
        Map<Integer, Document> documents = new java.util.HashMap<>();
        for (ScoreDoc sd : page) documents.put(sd.doc, stored.document(sd.doc));
        UnifiedHighlighter highlighter = new PageHighlighter(searcher, indexAnalyzer, documents);
        List<java.util.Set<String>> matched = matchedFields(searcher, query, page);
        String[] titles = highlight(highlighter, Fields.LABEL, 1, query, page, i -> matched.get(i).contains(Fields.LABEL));
        String[] snippets = new String[page.length];
        int[] passages = {1, 2, 2, 1};
        for (int f = 0; f < SNIPPET_FIELDS.length; f++) {
            String field = SNIPPET_FIELDS[f];
            String[] found = highlight(highlighter, field, passages[f], query, page,
                    i -> snippets[i] == null && matched.get(i).contains(field));
            for (int i = 0; i < page.length; i++) if (Snippets.hasHit(found[i])) snippets[i] = found[i];
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = documents.get(page[i].doc);
            String snippet = snippets[i];
            if (snippet == null && d.get(Fields.TEXT) != null) snippet = firstSentence(d.get(Fields.TEXT));
            hits.add(new SearchResult.Hit(d.get(Fields.IRI), d.get(Fields.KIND), d.get(Fields.LABEL), d.get(Fields.YEAR),
                    List.of(d.getValues(Fields.PEOPLE)), page[i].score,
                    Snippets.parts(titles[i] != null ? titles[i] : d.get(Fields.LABEL)),
                    snippet == null ? List.of() : Snippets.parts(snippet), d.get(Fields.ON)));
        }
        return hits;
    }

    /** For each hit of the page, the fields in which the (rewritten) query matched it. */
    private static List<java.util.Set<String>> matchedFields(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        org.apache.lucene.search.Weight weight = searcher.createWeight(query,
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<java.util.Set<String>> out = new ArrayList<>();
        for (ScoreDoc sd : page) {
            var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
            org.apache.lucene.search.Matches m = weight.matches(leaf, sd.doc - leaf.docBase);
            java.util.Set<String> fields = new java.util.HashSet<>();
            if (m != null) m.forEach(fields::add);
            out.add(fields);
        }
        return out;
    }

    /** Highlights one field of the hits {@code wanted} picks (by position in the page); null for the others. */
    private static String[] highlight(UnifiedHighlighter highlighter, String field, int passages, Query query, ScoreDoc[] page,
                                      java.util.function.IntPredicate wanted) throws IOException {
        String[] out = new String[page.length];
        int[] positions = java.util.stream.IntStream.range(0, page.length).filter(wanted).toArray();
        if (positions.length == 0) return out;
        int[] docs = Arrays.stream(positions).map(i -> page[i].doc).toArray();
        String[] found = highlighter.highlightFields(new String[] {field}, query, docs, new int[] {passages}).get(field);
        for (int j = 0; j < positions.length; j++) out[positions[j]] = found[j];
        return out;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end > 0 && end < 240 ? text.substring(0, end + 1) : text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }

    private Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) return Map.of();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : FACETS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            try {
                FacetResult fr = counts.getTopChildren(50, dim);
                if (fr != null) Arrays.stream(fr.labelValues).forEach(lv -> values.add(new SearchResult.FacetValue(lv.label, lv.value.intValue())));
            } catch (IllegalArgumentException e) {
                // the dimension has no values in this index (e.g. no dated items): no facet to show
            }
            out.put(dim, List.copyOf(values));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private List<String> facetValues(IndexSearcher searcher, String dim) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) return List.of();
        try {
            FacetResult fr = new SortedSetDocValuesFacetCounts(state).getTopChildren(Integer.MAX_VALUE / 2, dim);
            return fr == null ? List.of() : Arrays.stream(fr.labelValues).map(lv -> lv.label).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Facet ordinals for the current reader, built once per reader rather than per query. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state != null && ((DefaultSortedSetDocValuesReaderState) state).reader == reader) return state;
        try {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
        } catch (IllegalArgumentException e) {
            facetState = null; // an empty index has no facet field yet
        }
        return facetState;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                return work.apply(searcher);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException("Search failed: " + e.getMessage(), e);
        }
    }
}
