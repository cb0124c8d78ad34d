package io.studygraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A highlighter for one page of hits whose stored documents were already read: each field it
 * highlights takes its text from them, instead of decompressing every hit's stored fields again
 * per field highlighted.
 */
final class PageHighlighter extends UnifiedHighlighter {
    static final int MAX_LENGTH = 20_000;
    private final Map<Integer, Document> documents;

    PageHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer, Map<Integer, Document> documents) {
        super(UnifiedHighlighter.builder(searcher, indexAnalyzer).withFormatter(Snippets.formatter())
                .withHandleMultiTermQuery(true).withMaxLength(MAX_LENGTH));
        this.documents = documents;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document d = documents.get(doc);
            CharSequence[] perField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                // Several values of a field are highlighted as one text, apart as the stored-fields reader would join them.
                String joined = String.join(String.valueOf(MULTIVAL_SEP_CHAR), d.getValues(fields[i]));
                perField[i] = joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
            }
            values.add(perField);
        }
        return values;
    }
}
