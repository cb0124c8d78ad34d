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
import org.apache.lucene.search.IndexSearcher;
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

    /** Words past this many are left out (and the answer says so): every word costs a clause per field. */
    static final int MAX_TERMS = 32;
    /** Unknown words matched fuzzily and spell-checked, at most: each expands to many terms. */
    static final int MAX_FUZZY_WORDS = 4;
    /** Fuzzy matching is for words of this many characters: shorter ones match everything, longer are no typo. */
    static final int MIN_FUZZY_LENGTH = 3;
    static final int MAX_FUZZY_LENGTH = 24;
    /** Terms one fuzzy word may expand to: the closest are kept. */
    static final int FUZZY_EXPANSIONS = 16;
    /** Prefix words ("diff*") searched in the text fields too; the rest only in the names' prefixes. */
    static final int MAX_PREFIXES = 8;
    static final String NOTHING_TO_SEARCH = "Nothing to search for: the query has no letters or digits.";
    static final String ONLY_COMMON_WORDS = "Nothing to search for: the query has only common words such as 'the' or 'of'.";

    private final Analyzer analyzer = Analyzers.forQuery();
    private final QueryBuilder builder = new QueryBuilder(analyzer);
    private final DirectSpellChecker spelling = spellChecker();

    /**
     * The query needing every word, the one needing any; the corrected text when a word looked
     * misspelt, and a note when part of the query was left out (each null when there is none).
     */
    record Translation(Query allWords, Query anyWord, String suggestion, String note) {}

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
     * Translates the query twice from the same clauses: {@code allWords} needs every positive
     * clause (what people expect of several words); {@code anyWord} any of them, more ranking higher.
     */
    Translation translate(UserQuery uq, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (uq.text().equals("*")) return new Translation(new MatchAllDocsQuery(), new MatchAllDocsQuery(), null, null);
        TermBudget.Kept budget = TermBudget.keep(uq, MAX_TERMS, text -> tokens(Fields.SPELL, text));
        // Nothing searchable in the text (only punctuation): nothing matches, rather than everything.
        if (budget.clauses().isEmpty()) return nothing(NOTHING_TO_SEARCH);
        List<Query> words = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        List<String> positives = new ArrayList<>();
        String suggestion = null;
        boolean ignoredCommonWords = false;
        int fuzzy = 0;
        int prefixes = 0;
        for (UserQuery.Clause c : budget.clauses()) {
            Query q;
            if (c.type() == UserQuery.Type.WORD && tokens(Fields.LABEL, c.text()).isEmpty()) {
                // A stop word ("the", "of") is in nearly every title: it narrows nothing, so it is left out.
                ignoredCommonWords |= !c.excluded();
                continue;
            } else if (c.type() == UserQuery.Type.PREFIX) {
                q = prefix(c.text(), prefixes++ < MAX_PREFIXES);
            } else if (c.type() == UserQuery.Type.PHRASE) {
                q = phrase(c.text(), TYPO_FIELDS);
            } else if (known(c.text(), reader)) {
                q = word(c.text());
            } else if (!c.excluded() && fuzzy < MAX_FUZZY_WORDS && (q = typo(c.text(), searcher)) != null) {
                // Fuzzy matching and spelling cost the most per word: only a few words get them.
                fuzzy++;
                String fix = spellingOf(c.text(), reader);
                if (fix != null) suggestion = (suggestion == null ? uq.text() : suggestion).replace(c.text(), fix);
            } else {
                q = null; // a word no field knows and too short or long to be a typo: it matches nothing
            }
            if (c.excluded()) {
                if (q != null) excluded.add(q);
            } else {
                words.add(q == null ? new MatchNoDocsQuery("no entity has '" + c.text() + "'") : q);
                positives.add(c.text());
            }
        }
        if (positives.isEmpty() && ignoredCommonWords) return nothing(ONLY_COMMON_WORDS);
        String note = budget.trimmed() ? "Only the first " + MAX_TERMS + " words are searched; the rest of the query was left out." : null;
        return new Translation(combine(uq, words, excluded, positives, true), combine(uq, words, excluded, positives, false), suggestion, note);
    }

    private static Translation nothing(String note) {
        return new Translation(new MatchNoDocsQuery(note), new MatchNoDocsQuery(note), null, note);
    }

    private Query combine(UserQuery uq, List<Query> words, List<Query> excluded, List<String> positives, boolean allWords) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
        // Only exclusions typed ("-gan"): everything else is what was asked for.
        if (positives.isEmpty()) return b.add(new MatchAllDocsQuery(), Occur.MUST).build();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(q -> any.add(q, Occur.SHOULD));
        any.setMinimumNumberShouldMatch(allWords ? positives.size() : 1);
        b.add(any.build(), Occur.SHOULD);
        // The whole text as a title, or as an identifier typed in full, is the best match there is.
        Query title = builder.createPhraseQuery(Fields.LABEL, String.join(" ", positives));
        if (title != null && positives.size() > 1) b.add(new BoostQuery(title, 4f), Occur.SHOULD);
        // Elsewhere too, the words side by side beat the same words apart: a summary saying
        // "classifier guidance" matches better than one saying "classifier-free guidance".
        Query together = positives.size() > 1 ? phrase(String.join(" ", positives), PROXIMITY_FIELDS) : null;
        if (together != null) b.add(together, Occur.SHOULD);
        for (String id : Identifiers.of(uq.text())) b.add(new BoostQuery(new TermQuery(new Term(Fields.ID, id)), 20f), Occur.SHOULD);
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private Query word(String text) {
        List<Query> alternatives = new ArrayList<>();
        // Chinese and Japanese are indexed one ideograph per term, so such a word must match as
        // adjacent terms: otherwise 日本 ("Japan") would match any text holding 本 and 日 apart.
        boolean ideographs = text.codePoints().anyMatch(QueryTranslator::isIdeographic);
        FIELDS.forEach((field, boost) -> {
            Query q = ideographs ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text, Occur.MUST);
            if (q != null) alternatives.add(new BoostQuery(q, boost));
        });
        for (String id : Identifiers.of(text)) alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.ID, id)), 10f));
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /**
     * The word matched fuzzily, already expanded to the closest indexed terms: both searches and
     * the highlighter then look up plain terms rather than each build the edit automata again.
     */
    private Query typo(String text, IndexSearcher searcher) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        for (String field : TYPO_FIELDS) {
            for (String token : tokens(field, text)) {
                if (token.length() < MIN_FUZZY_LENGTH || token.length() > MAX_FUZZY_LENGTH) continue;
                int edits = token.length() >= 6 ? 2 : 1;
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, token), edits, 1, FUZZY_EXPANSIONS, true),
                        FIELDS.get(field) * 0.8f));
            }
        }
        return alternatives.isEmpty() ? null : searcher.rewrite(new DisjunctionMaxQuery(alternatives, 0.1f));
    }

    private Query phrase(String text, List<String> fields) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : fields) {
            Query q = builder.createPhraseQuery(field, text);
            if (q != null) alternatives.add(new BoostQuery(q, FIELDS.get(field)));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /**
     * A prefix is one term of the names' indexed prefixes, however short. Only prefixes of two
     * letters or more, and only the first few, also expand over the text fields' terms.
     */
    private Query prefix(String text, boolean inText) {
        List<String> words = tokens(Fields.SPELL, text);
        if (words.isEmpty()) return null;
        String last = words.get(words.size() - 1);
        Query names = new BoostQuery(new TermQuery(new Term(Fields.SUGGEST, last.length() > 20 ? last.substring(0, 20) : last)), 5f);
        if (!inText || last.length() < 2) return names;
        return new DisjunctionMaxQuery(List.of(names,
                // The same prefix on the stored title, so the highlighter can mark it there.
                new BoostQuery(new PrefixQuery(new Term(Fields.LABEL, last)), 4f),
                new BoostQuery(new PrefixQuery(new Term(Fields.PEOPLE, last)), 3f),
                new BoostQuery(new PrefixQuery(new Term(Fields.CONCEPTS, last)), 2f),
                new PrefixQuery(new Term(Fields.TEXT, last))), 0.1f);
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA;
    }

    /** Whether some field knows a word of the text as it is written. */
    private boolean known(String text, IndexReader reader) throws IOException {
        for (String field : FIELDS.keySet()) {
            for (String token : tokens(field, text)) if (reader.docFreq(new Term(field, token)) > 0) return true;
        }
        for (String id : Identifiers.of(text)) if (reader.docFreq(new Term(Fields.ID, id)) > 0) return true;
        return false;
    }

    private static DirectSpellChecker spellChecker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxQueryLength(MAX_FUZZY_LENGTH); // a longer "word" is no typo: no candidates to look for
        return checker;
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
