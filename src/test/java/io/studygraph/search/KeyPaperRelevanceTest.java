package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.search.SearchFixtures.iris;
import static io.studygraph.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.studygraph.StudyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The paper a student looks for comes first: by its topic word, with a typo, by its acronym, in the
 * results and in autocomplete (issue 12). On the bundled list the topic word also names repositories
 * and tutorials; the graph's importance ranks the paper they all lead to above them. The same holds
 * for two reading lists written by other people, read in place from {@code ../shared/corpus/}.
 */
class KeyPaperRelevanceTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final String DDPM = iri("paper/arxiv-2006.11239");

    @TempDir static Path dataDir;
    @TempDir static Path corpusDataDir;
    /** The bundled list alone; {@link #withCorpus} has the corpus lists imported beside it. */
    private static StudyGraph sg;
    private static StudyGraph withCorpus;

    @BeforeAll
    static void open() {
        sg = StudyGraph.open(dataDir);
        withCorpus = StudyGraph.open(corpusDataDir);
    }

    @AfterAll
    static void close() {
        sg.close();
        withCorpus.close();
    }

    private static List<String> suggested(StudyGraph sg, String typed) {
        return sg.search().suggest(typed, 5).stream().map(SearchResult.Suggestion::iri).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"diffusion", "difusion", "ddpm", "denoising diffusion"})
    void ddpm_is_in_the_top_three_results_and_in_autocomplete(String q) {
        assertThat(iris(search(sg, q, 3))).contains(DDPM);
        assertThat(suggested(sg, q)).contains(DDPM);
    }

    @Test
    void the_central_paper_outranks_a_repository_whose_short_name_is_the_word() {
        List<String> ranked = iris(search(sg, "diffusion", 20));

        assertThat(ranked).contains(iri("repo/github-hojonathanho-diffusion"));
        assertThat(ranked.indexOf(DDPM)).isLessThan(ranked.indexOf(iri("repo/github-hojonathanho-diffusion")));
        assertThat(sg.importance().of(DDPM)).isGreaterThan(0.9);
        assertThat(sg.importance().of(iri("repo/github-hojonathanho-diffusion"))).isLessThan(0.1);
    }

    @Test
    void a_suggestion_found_by_another_name_says_which() {
        SearchResult.Suggestion ddpm = sg.search().suggest("ddpm", 5).stream().filter(s -> s.iri().equals(DDPM)).findFirst().orElseThrow();
        SearchResult.Suggestion byTitle = sg.search().suggest("denoising", 5).stream().filter(s -> s.iri().equals(DDPM)).findFirst().orElseThrow();

        assertThat(ddpm.label()).isEqualTo("Denoising Diffusion Probabilistic Models");
        assertThat(ddpm.matched()).isEqualTo("DDPM");
        assertThat(byTitle.matched()).as("matched by its label: nothing to explain").isNull();
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            gnn-papers.md  | graph attention              | Graph Attention Networks
            gnn-papers.md  | graph atention networks      | Graph Attention Networks
            gnn-papers.md  | inductive representation     | Inductive Representation Learning on Large Graphs
            llm-awesome.md | attention is all you need    | Attention Is All You Need
            llm-awesome.md | atention is all you need     | Attention Is All You Need
            llm-awesome.md | few-shot learners            | Language models are few-shot learners
            """)
    void on_lists_written_by_others_the_titled_paper_is_in_the_top_three_and_in_autocomplete(String list, String q, String title) {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath() + ": this test needs ../shared/corpus");
        if (withCorpus.index().named(io.studygraph.graph.Slugs.of(title), 1).isEmpty()) withCorpus.importFiles(List.of(CORPUS.resolve(list)));
        String paper = withCorpus.index().named(io.studygraph.graph.Slugs.of(title), 1).get(0);

        assertThat(iris(search(withCorpus, q, 3))).contains(paper);
        assertThat(suggested(withCorpus, q)).contains(paper);
    }
}
