package io.studygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over the entity fields. A word that appears
 * nowhere in the index is matched fuzzily instead, and its likely spelling is offered back.
 */
final class QueryTranslator {
    /** Where a word may match and how much a match there counts: a title beats a mention. */
    static final Map<String, Float> FIELDS = fields();
    private static final List<String> TYPO_FIELDS = List.of(Fields.LABEL, Fields.ALT, Fields.PEOPLE, Fields.CONCEPTS, Fields.TEXT);
    private static final List<String> PROXIMITY_FIELDS = List.of(Fields.ALT, Fields.PEOPLE, Fields.CONCEPTS, Fields.TEXT);

    private final Analyzer analyzer = Analyzers.forQuery();
    private final QueryBuilder builder = new QueryBuilder(analyzer);
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    /** The translated query, and the corrected text when a word looked misspelt (else null). */
    record Translation(Query query, String suggestion) {}

    private static Map<String, Float> fields() {
        Map<String, Float> f = new LinkedHashMap<>();
        f.put(Fields.LABEL, 6f);
        f.put(Fields.ALT, 5f);
        f.put(Fields.PEOPLE, 3f);
        f.put(Fields.CONCEPTS, 2f);
        f.put(Fields.ID_TEXT, 2f);
        f.put(Fields.RELATED, 1.5f);
        f.put(Fields.TEXT, 1f);
        return f;
    }

    /**
     * Translates the query. With {@code allWords} every positive clause must match (what people
     * expect of several words); otherwise any may, and more matches rank higher.
     */
    Translation translate(UserQuery uq, IndexReader reader, boolean allWords) throws IOException {
        if (uq.text().equals("*")) return new Translation(new MatchAllDocsQuery(), null);
        // Nothing searchable in the text (only punctuation): nothing matches, rather than everything.
        if (uq.clauses().isEmpty()) return new Translation(new MatchNoDocsQuery(), null);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> positives = new ArrayList<>();
        String corrected = uq.text();
        boolean anyCorrection = false;
        for (UserQuery.Clause c : uq.clauses()) {
            Query q = switch (c.type()) {
                case PHRASE -> phrase(c.text(), TYPO_FIELDS);
                case PREFIX -> prefix(c.text());
                case WORD -> known(c.text(), reader) ? word(c.text()) : typo(c.text());
            };
            if (c.type() == UserQuery.Type.WORD && !c.excluded() && !known(c.text(), reader)) {
                String fix = spellingOf(c.text(), reader);
                if (fix != null) {
                    corrected = corrected.replace(c.text(), fix);
                    anyCorrection = true;
                }
            }
            if (q == null) continue;
            if (c.excluded()) {
                b.add(q, Occur.MUST_NOT);
            } else {
                words.add(q, Occur.SHOULD);
                positives.add(c.text());
            }
        }
        if (positives.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            words.setMinimumNumberShouldMatch(allWords ? positives.size() : 1);
            b.add(words.build(), Occur.SHOULD);
            // The whole text as a title, or as an identifier typed in full, is the best match there is.
            Query title = builder.createPhraseQuery(Fields.LABEL, String.join(" ", positives));
            if (title != null && positives.size() > 1) b.add(new BoostQuery(title, 4f), Occur.SHOULD);
            // Elsewhere too, the words side by side beat the same words apart: a summary saying
            // "classifier guidance" matches better than one saying "classifier-free guidance".
            Query together = positives.size() > 1 ? phrase(String.join(" ", positives), PROXIMITY_FIELDS) : null;
            if (together != null) b.add(together, Occur.SHOULD);
            for (String id : Identifiers.of(uq.text())) b.add(new BoostQuery(new TermQuery(new Term(Fields.ID, id)), 20f), Occur.SHOULD);
            b.setMinimumNumberShouldMatch(1);
        }
        return new Translation(b.build(), anyCorrection ? corrected : null);
    }

    private Query word(String text) {
        List<Query> alternatives = new ArrayList<>();
        FIELDS.forEach((field, boost) -> {
            Query q = builder.createBooleanQuery(field, text, Occur.MUST);
            if (q != null) alternatives.add(new BoostQuery(q, boost));
        });
        for (String id : Identifiers.of(text)) alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.ID, id)), 10f));
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query typo(String text) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : TYPO_FIELDS) {
            for (String token : tokens(field, text)) {
                int edits = token.length() >= 6 ? 2 : token.length() >= 3 ? 1 : 0;
                if (edits > 0) alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, token), edits, 1), FIELDS.get(field) * 0.8f));
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query phrase(String text, List<String> fields) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : fields) {
            Query q = builder.createPhraseQuery(field, text);
            if (q != null) alternatives.add(new BoostQuery(q, FIELDS.get(field)));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query prefix(String text) {
        List<String> words = tokens(Fields.SPELL, text);
        if (words.isEmpty()) return null;
        String last = words.get(words.size() - 1);
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(Fields.SUGGEST, last.length() > 20 ? last.substring(0, 20) : last)), 5f),
                // The same prefix on the stored title, so the highlighter can mark it there.
                new BoostQuery(new PrefixQuery(new Term(Fields.LABEL, last)), 4f),
                new BoostQuery(new PrefixQuery(new Term(Fields.PEOPLE, last)), 3f),
                new BoostQuery(new PrefixQuery(new Term(Fields.CONCEPTS, last)), 2f),
                new PrefixQuery(new Term(Fields.TEXT, last))), 0.1f);
    }

    /** Whether some field knows a word of the text as it is written. */
    private boolean known(String text, IndexReader reader) throws IOException {
        for (String field : FIELDS.keySet()) {
            for (String token : tokens(field, text)) if (reader.docFreq(new Term(field, token)) > 0) return true;
        }
        for (String id : Identifiers.of(text)) if (reader.docFreq(new Term(Fields.ID, id)) > 0) return true;
        return tokens(Fields.LABEL, text).isEmpty();
    }

    private String spellingOf(String word, IndexReader reader) throws IOException {
        List<String> tokens = tokens(Fields.SPELL, word);
        if (tokens.size() != 1) return null;
        SuggestWord[] suggestions = spelling.suggestSimilar(new Term(Fields.SPELL, tokens.get(0)), 1, reader);
        return suggestions.length == 0 ? null : suggestions[0].string;
    }

    /** The terms a field's analyzer makes of the text. */
    List<String> tokens(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
