package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list written in styles the corpus does not use (ACM, IEEE and APA citations as list items,
 * "Title — Authors, Year", a table with Year/Title/Authors/Venue/Code columns, a heading that is a
 * paper, ICLR'21, a Vimeo talk): the importer reads the way people write, not eight files.
 */
class ReadingListStylesTest {
    private static final String SOURCE = "styles.md";
    private static final String LIST = ImportHarness.resource("/lists/" + SOURCE);
    private static final Node DDPM = id("paper/arxiv-2006.11239");
    private static final Node SDE = id("paper/arxiv-2011.13456");
    private static final Node IDDPM = id("paper/arxiv-2102.09672");
    private static final Node LDM = id("paper/arxiv-2112.10752");

    private static ImportHarness graph;
    private static ImportResult result;

    @BeforeAll
    static void importTheList() {
        graph = new ImportHarness();
        result = graph.importText(SOURCE, LIST).get(0);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void an_acm_citation_gives_authors_year_and_venue_and_the_same_paper_again_is_one_node() {
        assertThat(names(graph.authorList(DDPM))).containsExactly("Jonathan Ho", "Ajay Jain", "Pieter Abbeel");
        assertThat(graph.texts(DDPM, Vocab.DATE_PUBLISHED)).containsExactly("2020");
        assertThat(venues(DDPM)).containsExactly("NeurIPS");
        // Written on lines 11 and 36: one node, both lines in its provenance.
        assertThat(graph.sourceLines(DDPM)).contains(ImportHarness.lineOf(LIST, "1. Jonathan Ho"),
                ImportHarness.lineOf(LIST, "- Jonathan Ho"));
    }

    @Test
    void an_ieee_citation_with_a_proceedings_pdf_is_a_paper_with_a_normalised_venue() {
        Node attention = graph.subjects(Vocab.NAME, ImportHarness.text("Attention is all you need")).get(0);
        assertThat(graph.objects(attention, Vocab.TYPE)).contains(Vocab.SCHOLARLY_ARTICLE);
        assertThat(names(graph.authorList(attention))).containsExactly("A. Vaswani", "N. Shazeer", "N. Parmar");
        assertThat(venues(attention)).containsExactly("NeurIPS");
        assertThat(graph.objects(attention, Vocab.URL))
                .containsExactly(iri("https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf"));
    }

    @Test
    void an_apa_citation_and_a_title_dash_authors_line_read_their_people() {
        Node vae = id("paper/arxiv-1312.6114");
        assertThat(graph.texts(vae, Vocab.NAME)).containsExactly("Auto-encoding variational Bayes");
        assertThat(names(graph.authorList(vae))).containsExactly("D. P. Kingma", "M. Welling");
        assertThat(graph.texts(vae, Vocab.DATE_PUBLISHED)).containsExactly("2014");
        Node book = id("book/deep-learning");
        assertThat(names(graph.authorList(book))).containsExactly("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville");
        assertThat(graph.texts(book, Vocab.DATE_PUBLISHED)).containsExactly("2016");
    }

    @Test
    void a_venue_in_parentheses_before_by_ends_the_title_and_et_al_is_nobody() {
        Node gan = id("paper/generative-adversarial-nets");
        assertThat(names(graph.authorList(gan))).containsExactly("Ian Goodfellow");
        assertThat(venues(gan)).containsExactly("NeurIPS");
        assertThat(graph.literalsContaining("et al")).isEmpty();
    }

    @Test
    void a_bold_title_with_authors_after_it_and_an_abbreviated_venue_year() {
        assertThat(names(graph.authorList(SDE))).startsWith("Yang Song", "Jascha Sohl-Dickstein").hasSize(6);
        assertThat(venues(SDE)).containsExactly("ICLR");
        assertThat(graph.texts(SDE, Vocab.DATE_PUBLISHED)).containsExactly("2021");
        // A folder inside the repository still names the repository.
        assertThat(graph.has(id("repo/github-yang-song-score-sde"), Vocab.IMPLEMENTS, SDE)).isTrue();
    }

    @Test
    void table_rows_read_their_columns_by_heading() {
        assertThat(names(graph.authorList(IDDPM))).containsExactly("Alex Nichol", "Prafulla Dhariwal");
        assertThat(graph.texts(IDDPM, Vocab.DATE_PUBLISHED)).containsExactly("2021");
        assertThat(venues(IDDPM)).containsExactly("ICML");
        assertThat(graph.has(id("repo/github-openai-improved-diffusion"), Vocab.IMPLEMENTS, IDDPM)).isTrue();
        Node edm = graph.subjects(Vocab.OPENREVIEW_ID, ImportHarness.text("k7FuTOWMOc7")).get(0);
        assertThat(graph.has(id("repo/github-nvlabs-edm"), Vocab.IMPLEMENTS, edm)).isTrue();
    }

    @Test
    void a_heading_that_links_a_paper_is_an_entry_with_the_lines_below_it() {
        assertThat(graph.texts(LDM, Vocab.NAME)).containsExactly("Latent Diffusion");
        assertThat(names(graph.authorList(LDM))).containsExactly(
                "Robin Rombach", "Andreas Blattmann", "Dominik Lorenz", "Patrick Esser", "Björn Ommer");
        assertThat(venues(LDM)).containsExactly("CVPR");
    }

    @Test
    void links_decide_kinds_and_repositories_are_named_owner_slash_name() {
        Node talk = graph.subjects(Vocab.NAME, ImportHarness.text("Diffusion models from scratch")).get(0);
        assertThat(graph.objects(talk, Vocab.TYPE)).contains(Vocab.VIDEO_OBJECT);
        Node repo = id("repo/github-lucidrains-denoising-diffusion-pytorch");
        assertThat(graph.texts(repo, Vocab.NAME)).containsExactly("lucidrains/denoising-diffusion-pytorch");
        assertThat(graph.texts(repo, Vocab.DESCRIPTION)).containsExactly("Implementation of DDPM in PyTorch");
        assertThat(graph.objects(id("paper/arxiv-2206.00927"), Vocab.TYPE)).contains(Vocab.SCHOLARLY_ARTICLE);
    }

    @Test
    void badges_contents_and_back_to_top_are_not_entities() {
        assertThat(graph.entitiesOf(SOURCE)).noneMatch(n -> n.getURI().contains("awesome") || n.getURI().contains("generative-list")
                || n.getURI().contains("table-of-contents") || n.getURI().contains("back-to-top") || n.getURI().contains("milestones"));
        assertThat(result.skipped()).hasSize(2).allSatisfy(s -> assertThat(s).contains("table of contents"));
        assertThat(result.warnings()).isEmpty();
    }

    private static List<String> names(List<Node> people) {
        return people.stream().map(p -> graph.texts(p, Vocab.NAME).get(0)).toList();
    }

    private static List<String> venues(Node work) {
        return graph.objects(work, Vocab.VENUE).stream().flatMap(v -> graph.texts(v, Vocab.NAME).stream()).toList();
    }

    @Test
    void a_video_known_only_by_its_link_under_a_work_is_named_for_that_work() {
        String list = """
                # Reading
                * Score-Based Generative Modeling through Stochastic Differential Equations (2021)
                  https://arxiv.org/abs/2011.13456
                  Video: https://www.youtube.com/watch?v=Abc-123_xyz

                * https://www.youtube.com/watch?v=Zyx-321_abc
                """;
        try (ImportHarness h = new ImportHarness()) {
            h.importText("videos.md", list);
            assertThat(h.texts(id("video/youtube-Abc-123_xyz"), Vocab.RDFS_LABEL))
                    .containsExactly("Video on “Score-Based Generative Modeling through Stochastic Differential Equations”");
            assertThat(h.objects(id("video/youtube-Abc-123_xyz"), Vocab.EXPLAINS)).containsExactly(SDE);
            // A video linked on its own explains nothing named: its id is all there is to call it.
            assertThat(h.texts(id("video/youtube-Zyx-321_abc"), Vocab.RDFS_LABEL)).containsExactly("YouTube video Zyx-321_abc");
        }
    }
}
