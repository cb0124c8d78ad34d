package io.studygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * How text becomes terms. Titles and descriptions are English: folded ("Gordić" = "gordic"),
 * lowercased, stop words dropped and stemmed ("models" = "model"). Names and spelling candidates are folded but not
 * stemmed. Identifiers are one lowercased token. Autocomplete indexes every prefix of each word.
 *
 * <p>Other scripts are kept: the standard tokenizer makes each Chinese or Japanese ideograph a
 * term (and katakana runs a word), and ASCII folding leaves them alone. Greek is lowercased by
 * {@code greekLowercase}, which also drops the tonos and final sigma ASCII folding cannot
 * ("Διάχυση" = "διαχυση"); for every other letter it lowercases as {@code lowercase} does.
 */
final class Analyzers {
    private Analyzers() {}

    static Analyzer english() {
        // Stop words ("a", "the", "of") carry no meaning in titles and would match everything.
        return build(b -> b.withTokenizer("standard").addTokenFilter("englishPossessive").addTokenFilter("greekLowercase")
                .addTokenFilter("stop").addTokenFilter("asciiFolding").addTokenFilter("porterStem"));
    }

    static Analyzer plain() {
        return build(b -> b.withTokenizer("standard").addTokenFilter("greekLowercase").addTokenFilter("asciiFolding"));
    }

    static Analyzer identifier() {
        return build(b -> b.withTokenizer("keyword").addTokenFilter("lowercase").addTokenFilter("trim"));
    }

    static Analyzer prefixes() {
        return build(b -> b.withTokenizer("standard").addTokenFilter("greekLowercase").addTokenFilter("asciiFolding")
                .addTokenFilter("edgeNGram", "minGramSize", "1", "maxGramSize", "20", "preserveOriginal", "true"));
    }

    /** The analyzer for indexing every field; queries use {@link #forQuery()}. */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(english(), Map.of(
                Fields.PEOPLE, plain(), Fields.RELATED, plain(), Fields.SPELL, plain(),
                Fields.ID, identifier(), Fields.SUGGEST, prefixes()));
    }

    /** Like {@link #forIndex()}, but a typed prefix is matched whole against the indexed prefixes. */
    static Analyzer forQuery() {
        return new PerFieldAnalyzerWrapper(english(), Map.of(
                Fields.PEOPLE, plain(), Fields.RELATED, plain(), Fields.SPELL, plain(),
                Fields.ID, identifier(), Fields.SUGGEST, plain()));
    }

    private interface Steps {
        CustomAnalyzer.Builder apply(CustomAnalyzer.Builder b) throws IOException;
    }

    private static Analyzer build(Steps steps) {
        try {
            return steps.apply(CustomAnalyzer.builder()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build an analyzer", e);
        }
    }
}
