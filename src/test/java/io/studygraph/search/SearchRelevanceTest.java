package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.search.SearchFixtures.iris;
import static io.studygraph.search.SearchFixtures.rankOf;
import static io.studygraph.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a person types, and what they should find, over the bundled diffusion reading list and
 * its enrichment: a TDB2 store and a Lucene index on disk, searched as the API searches.
 */
class SearchRelevanceTest {
    private static final String BEAT_GANS = iri("paper/arxiv-2105.05233");
    private static final String SURVEY = iri("paper/arxiv-2211.07804");
    private static final String ULTRASOUND = iri("paper/arxiv-2201.02604");

    @TempDir static Path dataDir;
    private static StudyGraph sg;

    @BeforeAll
    static void open() {
        sg = StudyGraph.open(dataDir);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} within the top {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # acronyms and other names
            ddpm                                | paper/arxiv-2006.11239                   | 1
            beat-gans                           | paper/arxiv-2105.05233                   | 1
            ADM                                 | paper/arxiv-2105.05233                   | 1
            improved ddpm                       | paper/arxiv-2102.09672                   | 1
            ELBO                                | concept/variational-lower-bound          | 1
            VLB                                 | concept/variational-lower-bound          | 1
            evidence lower bound                | concept/variational-lower-bound          | 1
            UNet                                | concept/u-net                            | 1
            DDIM                                | concept/fast-sampling                    | 1
            NCSN                                | concept/score-matching                   | 1
            # concepts by synonym or by a word of their definition
            isotropic                           | concept/isotropic-gaussian               | 1
            epsilon prediction                  | concept/noise-prediction                 | 1
            ε-prediction                        | concept/noise-prediction                 | 1
            beta schedule                       | concept/noise-schedule                   | 1
            β schedule                          | concept/noise-schedule                   | 1
            variational autoencoder             | concept/vae                              | 1
            mode collapse                       | concept/gan                              | 1
            frechet inception distance          | concept/fid                              | 1
            noise2noise                         | concept/noise2noise                      | 1
            noise2noise                         | paper/arxiv-2201.02604                   | 3
            # phrases and titles
            "classifier guidance"               | concept/classifier-guidance              | 1
            classifier-free guidance            | concept/classifier-free-guidance         | 1
            discriminator guidance              | paper/arxiv-2211.17091                   | 1
            image synthesis                     | paper/arxiv-2105.05233                   | 1
            medical imaging survey              | paper/arxiv-2211.07804                   | 1
            latent variable models              | paper/doi-10.1007-978-3-030-93158-2-4    | 2
            deep generative modeling            | book/deep-generative-modeling            | 1
            annotated diffusion                 | tutorial/the-annotated-diffusion-model   | 1
            stable diffusion                    | video/youtube-1CIpzeNxIhU                | 1
            # people, channels and organisations, with and without accents
            kilcher                             | person/yannic-kilcher                    | 1
            gordic                              | person/aleksa-gordic                     | 1
            Gordić                              | person/aleksa-gordic                     | 1
            nichol                              | person/alex-nichol                       | 1
            alexander nichol                    | person/alex-nichol                       | 1
            alexander nichol                    | paper/arxiv-2102.09672                   | 4
            sean riley                          | video/youtube-1CIpzeNxIhU                | 2
            se jung kwon                        | person/se-jung-kwon                      | 1
            se jung kwon                        | paper/arxiv-2211.17091                   | 2
            michael pound                       | person/mike-pound                        | 1
            ryan o'connor                       | person/ryan-oconnor                      | 1
            tomczak                             | person/jakub-m-tomczak                   | 1
            computerphile                       | org/computerphile                        | 1
            computerphile                       | video/youtube-1CIpzeNxIhU                | 2
            sofia                               | person/sofia                             | 1
            fréchet                             | concept/fid                              | 1
            # typos
            guided difusion                     | paper/arxiv-2105.05233                   | 3
            kilchr                              | person/yannic-kilcher                    | 1
            ultrasund                           | paper/arxiv-2201.02604                   | 1
            gaussain                            | concept/isotropic-gaussian               | 1
            # identifiers, bare or as people paste them
            2105.05233                          | paper/arxiv-2105.05233                   | 1
            arXiv:2105.05233                    | paper/arxiv-2105.05233                   | 1
            https://arxiv.org/abs/2105.05233v2  | paper/arxiv-2105.05233                   | 1
            AAWuCvzaVt                          | paper/arxiv-2105.05233                   | 1
            W-O7AZNzbzQ                         | video/youtube-W-O7AZNzbzQ                | 1
            https://youtu.be/W-O7AZNzbzQ        | video/youtube-W-O7AZNzbzQ                | 1
            openai/guided-diffusion             | repo/github-openai-guided-diffusion      | 1
            https://github.com/openai/guided-diffusion | repo/github-openai-guided-diffusion | 1
            intro_dgm                           | repo/github-jmtomczak-intro-dgm          | 1
            10.1016/j.media.2023.102846         | paper/arxiv-2211.07804                   | 1
            https://doi.org/10.1016/j.media.2023.102846 | paper/arxiv-2211.07804          | 1
            10.1007/978-3-030-93158-2_4         | paper/doi-10.1007-978-3-030-93158-2-4    | 1
            1991961                             | question/math-stackexchange-1991961      | 1
            """)
    void a_query_finds_what_it_names(String query, String expected, int maxRank) {
        List<String> hits = iris(search(sg, query, 10));

        assertThat(rankOf(hits, iri(expected))).as("rank of %s for '%s' in %s", expected, query, hits)
                .isBetween(1, maxRank);
    }

    @Test
    void a_misspelt_query_offers_the_corrected_text() {
        SearchResult result = search(sg, "guided difusion", 10);

        assertThat(result.suggestion()).isEqualTo("guided diffusion");
        assertThat(search(sg, "guided diffusion", 10).suggestion()).as("nothing to correct").isNull();
    }

    @Test
    void medical_ultrasound_finds_the_ultrasound_paper_and_the_medical_survey() {
        List<String> top3 = iris(search(sg, "medical ultrasound", 3));

        assertThat(top3).contains(ULTRASOUND, SURVEY);
    }

    @Test
    void a_quoted_phrase_needs_its_words_in_that_order() {
        assertThat(iris(search(sg, "gans beat", 10))).contains(BEAT_GANS);
        assertThat(iris(search(sg, "\"gans beat\"", 10))).isEmpty();
        assertThat(iris(search(sg, "\"beat gans\"", 10))).first().isEqualTo(BEAT_GANS);
    }

    @Test
    void words_side_by_side_rank_above_the_same_words_apart() {
        // The Computerphile video mentions only classifier-free guidance; the others classifier guidance itself.
        List<String> hits = iris(search(sg, "classifier guidance", 20));

        int apart = rankOf(hits, iri("video/youtube-1CIpzeNxIhU"));
        for (String together : List.of(BEAT_GANS, iri("video/youtube-W-O7AZNzbzQ"),
                iri("repo/github-openai-guided-diffusion"), iri("tutorial/the-annotated-diffusion-model"))) {
            assertThat(rankOf(hits, together)).as("rank of %s in %s", together, hits).isPositive().isLessThan(apart);
        }
    }

    @Test
    void an_excluded_word_removes_every_hit_that_has_it_and_nothing_else() {
        Set<String> diffusion = Set.copyOf(iris(search(sg, "diffusion", 100)));
        Set<String> gan = Set.copyOf(iris(search(sg, "gan", 100)));
        Set<String> expected = new HashSet<>(diffusion);
        expected.removeAll(gan);

        SearchResult result = search(sg, "-gan diffusion", 100);

        assertThat(gan).as("the GAN hits among the diffusion ones").contains(BEAT_GANS, iri("concept/gan"));
        assertThat(iris(result)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.total()).isEqualTo(expected.size());
    }

    @Test
    void a_prefix_matches_every_word_it_begins() {
        Set<String> diffusion = Set.copyOf(iris(search(sg, "diffusion", 100)));

        List<String> prefixed = iris(search(sg, "diffu*", 100));

        assertThat(prefixed).containsAll(diffusion);
        assertThat(iris(search(sg, "kilch*", 10))).first().isEqualTo(iri("person/yannic-kilcher"));
        assertThat(iris(search(sg, "ddp*", 10))).contains(iri("paper/arxiv-2006.11239"), iri("paper/arxiv-2102.09672"));
    }

    @Test
    void an_author_name_finds_the_person_before_their_works_and_their_works_too() {
        List<String> hits = iris(search(sg, "dhariwal", 10));

        assertThat(hits).first().isEqualTo(iri("person/prafulla-dhariwal"));
        assertThat(hits).contains(BEAT_GANS, iri("paper/arxiv-2102.09672"));
    }
}
