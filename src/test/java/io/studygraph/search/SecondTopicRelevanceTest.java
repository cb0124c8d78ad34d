package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.search.SearchFixtures.iris;
import static io.studygraph.search.SearchFixtures.rankOf;
import static io.studygraph.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportResult;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second reading list on another topic (transformers), imported beside the bundled one: search
 * must not be tuned to the seed, and the new list's entities must be found by the same means.
 */
class SecondTopicRelevanceTest {
    private static final String ATTENTION = iri("paper/arxiv-1706.03762");

    @TempDir static Path dataDir;
    private static StudyGraph sg;

    @BeforeAll
    static void openAndImport() {
        sg = StudyGraph.open(dataDir);
        List<ImportResult> results = sg.importFiles(List.of(SearchFixtures.transformersList()));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.warnings()).isEmpty());
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} within the top {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # titles and phrases
            attention is all you need           | paper/arxiv-1706.03762                       | 1
            "attention is all you need"         | paper/arxiv-1706.03762                       | 1
            layer normalization                 | paper/arxiv-1607.06450                       | 1
            neural machine translation          | paper/arxiv-1409.0473                        | 1
            fast weight programmers             | paper/arxiv-2102.11174                       | 1
            linear transformers                 | paper/arxiv-2102.11174                       | 1
            bert pre-training                   | paper/arxiv-1810.04805                       | 1
            illustrated transformer             | tutorial/the-illustrated-transformer         | 1
            transformers from scratch           | tutorial/transformers-from-scratch           | 1
            recurrent neural networks           | tutorial/attention-and-augmented-recurrent-neural-networks | 1
            keys queries values                 | question/stats-stackexchange-421935          | 1
            softmax                             | concept/softmax                              | 1
            gpt                                 | video/youtube-kCc8FmEb1nY                    | 1
            # acronyms that also name a repository
            bert                                | paper/arxiv-1810.04805                       | 2
            annotated transformer               | tutorial/the-annotated-transformer           | 2
            # people, with and without their accents and strokes
            vaswani                             | person/ashish-vaswani                        | 1
            vaswani                             | paper/arxiv-1706.03762                       | 2
            lukasz kaiser                       | person/lukasz-kaiser                         | 1
            łukasz                              | person/lukasz-kaiser                         | 1
            schmidhuber                         | person/jurgen-schmidhuber                    | 1
            jurgen                              | person/jurgen-schmidhuber                    | 1
            jürgen schmidhuber                  | paper/arxiv-2102.11174                       | 2
            devlin                              | person/jacob-devlin                          | 1
            alammar                             | person/jay-alammar                           | 1
            chris olah                          | person/chris-olah                            | 1
            peter bloem                         | person/peter-bloem                           | 1
            grant sanderson                     | person/grant-sanderson                       | 1
            karpathy                            | person/andrej-karpathy                       | 2
            3blue1brown                         | org/3blue1brown                              | 1
            priya                               | person/priya                                 | 1
            # typos
            atention                            | paper/arxiv-1706.03762                       | 1
            illustrated transfomer              | tutorial/the-illustrated-transformer         | 1
            schmidhuber jurgn                   | person/jurgen-schmidhuber                    | 1
            # identifiers
            1706.03762                          | paper/arxiv-1706.03762                       | 1
            arXiv:1810.04805                    | paper/arxiv-1810.04805                       | 1
            kCc8FmEb1nY                         | video/youtube-kCc8FmEb1nY                    | 1
            https://www.youtube.com/watch?v=eMlx5fFNoYc | video/youtube-eMlx5fFNoYc            | 1
            karpathy/nanoGPT                    | repo/github-karpathy-nanogpt                 | 1
            nanogpt                             | repo/github-karpathy-nanogpt                 | 1
            tensor2tensor                       | repo/github-tensorflow-tensor2tensor         | 1
            421935                              | question/stats-stackexchange-421935          | 1
            """)
    void a_query_finds_what_it_names(String query, String expected, int maxRank) {
        List<String> hits = iris(search(sg, query, 10));

        assertThat(rankOf(hits, iri(expected))).as("rank of %s for '%s' in %s", expected, query, hits)
                .isBetween(1, maxRank);
    }

    @Test
    void a_misspelt_word_of_the_new_list_is_corrected_from_its_own_vocabulary() {
        assertThat(search(sg, "atention", 10).suggestion()).isEqualTo("attention");
        assertThat(search(sg, "illustrated transfomer", 10).suggestion()).isEqualTo("illustrated transformer");
    }

    @Test
    void a_word_of_the_new_topic_finds_only_the_new_list_s_entities() {
        Model transformers = sg.store().graph("https://w3id.org/studygraph/source/transformers.md");

        List<String> hits = iris(search(sg, "attention", 20));

        assertThat(hits).first().isEqualTo(ATTENTION);
        assertThat(hits).allSatisfy(hit -> assertThat(transformers.containsResource(ResourceFactory.createResource(hit)))
                .as("%s comes from transformers.md", hit).isTrue());
    }

    @Test
    void the_paper_shows_its_authors_in_order_including_the_one_with_a_stroke() {
        SearchResult.Hit hit = search(sg, "attention is all you need", 1).hits().get(0);

        assertThat(hit.iri()).isEqualTo(ATTENTION);
        assertThat(hit.people()).startsWith("Ashish Vaswani", "Noam Shazeer").contains("Łukasz Kaiser")
                .endsWith("Illia Polosukhin");
        assertThat(hit.year()).isEqualTo("2017");
    }

    @Test
    void autocomplete_knows_the_new_names() {
        assertThat(sg.search().suggest("karp", 8)).extracting(SearchResult.Suggestion::label).contains("Andrej Karpathy");
        assertThat(sg.search().suggest("luk", 8)).extracting(SearchResult.Suggestion::label).contains("Łukasz Kaiser");
    }
}
