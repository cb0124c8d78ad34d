package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static io.studygraph.ingest.ImportHarness.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed reading list imported alone, without the curated enrichment: everything here is what
 * the importer reads from the Markdown itself.
 */
class SeedImportShapesTest {
    private static final String SOURCE = "reading-list.md";
    private static final String SEED = Bundle.data().get(SOURCE);
    private static final Node BEAT_GANS = id("paper/arxiv-2105.05233");
    private static final Node SURVEY = id("paper/arxiv-2211.07804");
    private static final Node ULTRASOUND = id("paper/arxiv-2201.02604");
    private static final Node DISCRIMINATOR_GUIDANCE = id("paper/arxiv-2211.17091");
    private static final Node TOMCZAK_CHAPTER = id("paper/doi-10.1007-978-3-030-93158-2-4");

    private ImportHarness graph;

    @BeforeEach
    void importTheSeedAlone() {
        graph = new ImportHarness();
        graph.importText(SOURCE, SEED);
    }

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void the_papers_section_holds_each_paper_under_its_strongest_identifier() {
        assertThat(graph.objects(id("section/reading-list-papers"), Vocab.HAS_PART))
                .containsExactlyInAnyOrder(BEAT_GANS, SURVEY, TOMCZAK_CHAPTER, DISCRIMINATOR_GUIDANCE);
        assertThat(graph.texts(BEAT_GANS, Vocab.ARXIV_ID)).containsExactly("2105.05233");
        assertThat(graph.texts(BEAT_GANS, Vocab.OPENREVIEW_ID)).containsExactly("AAWuCvzaVt");
        assertThat(graph.objects(BEAT_GANS, Vocab.URL)).containsExactly(iri("https://arxiv.org/abs/2105.05233"));
        assertThat(graph.objects(BEAT_GANS, Vocab.SAME_AS)).containsExactly(iri("https://openreview.net/forum?id=AAWuCvzaVt"));
        assertThat(graph.objects(BEAT_GANS, Vocab.CITATIONS_PAGE)).containsExactly(
                iri("https://scholar.google.com/scholar?cites=17982230494456470673&as_sdt=2005&sciodt=0,5&hl=en"));
        // Written twice (title link and "arxiv:" line): one identifier.
        assertThat(graph.texts(SURVEY, Vocab.ARXIV_ID)).containsExactly("2211.07804");
        assertThat(graph.texts(DISCRIMINATOR_GUIDANCE, Vocab.ARXIV_ID)).containsExactly("2211.17091");
        assertThat(graph.texts(TOMCZAK_CHAPTER, Vocab.DOI)).containsExactly("10.1007/978-3-030-93158-2_4");
        assertThat(graph.texts(TOMCZAK_CHAPTER, Vocab.ARXIV_ID)).isEmpty();
    }

    @Test
    void beat_gans_takes_venue_volume_pages_and_its_two_authors_in_order_from_the_citation() {
        assertThat(graph.texts(BEAT_GANS, Vocab.NAME)).containsExactly("Diffusion Models Beat GANS on Image Synthesis");
        assertThat(graph.texts(BEAT_GANS, Vocab.VOLUME)).containsExactly("34");
        assertThat(graph.texts(BEAT_GANS, Vocab.PAGES)).containsExactly("8780-8794");
        // "Advances in Neural Information Processing Systems" is NeurIPS, under its normalised name.
        Node neurips = id("org/neurips");
        assertThat(graph.objects(BEAT_GANS, Vocab.VENUE)).containsExactly(neurips);
        assertThat(graph.texts(neurips, Vocab.NAME)).containsExactly("NeurIPS");
        assertThat(graph.objects(BEAT_GANS, Vocab.DATE_PUBLISHED))
                .containsExactly(NodeFactory.createLiteralDT("2021", XSDDatatype.XSDgYear));
        assertThat(graph.authorList(BEAT_GANS)).containsExactly(id("person/prafulla-dhariwal"), id("person/alexander-nichol"));
        // Nothing else names them: the importer mints the people with the citation's spelling.
        assertThat(graph.texts(id("person/prafulla-dhariwal"), Vocab.NAME)).containsExactly("Prafulla Dhariwal");
        assertThat(graph.texts(id("person/alexander-nichol"), Vocab.NAME)).containsExactly("Alexander Nichol");
        assertThat(graph.objects(id("repo/github-openai-guided-diffusion"), Vocab.IMPLEMENTS)).containsExactly(BEAT_GANS);
        assertThat(graph.objects(id("video/youtube-hAp7Lk7W4QQ"), Vocab.EXPLAINS)).containsExactly(BEAT_GANS);
    }

    @Test
    void an_arxiv_preprint_citation_gives_four_authors_and_arxiv_as_venue() {
        assertThat(graph.authorList(DISCRIMINATOR_GUIDANCE)).containsExactly(id("person/dongjun-kim"),
                id("person/yeongmin-kim"), id("person/wanmo-kang"), id("person/il-chul-moon"));
        assertThat(graph.objects(DISCRIMINATOR_GUIDANCE, Vocab.VENUE)).containsExactly(id("org/arxiv"));
        assertThat(graph.texts(DISCRIMINATOR_GUIDANCE, Vocab.VOLUME)).isEmpty();
        assertThat(graph.objects(DISCRIMINATOR_GUIDANCE, Vocab.DATE_PUBLISHED))
                .containsExactly(NodeFactory.createLiteralDT("2022-11-28", XSDDatatype.XSDdate));
    }

    @Test
    void the_survey_cites_its_numbered_reference_which_gets_the_numbered_citation_link() {
        assertThat(graph.objects(SURVEY, Vocab.CITES)).containsExactly(ULTRASOUND);
        assertThat(graph.texts(ULTRASOUND, Vocab.NAME)).containsExactly("Deep Ultrasound Denoising Without Clean Data");
        assertThat(graph.objects(ULTRASOUND, Vocab.CITATIONS_PAGE)).containsExactly(
                iri("https://scholar.google.com/scholar?oi=bibs&hl=en&cites=8089406902414807700&as_sdt=5"));
        assertThat(graph.objects(SURVEY, Vocab.CITATIONS_PAGE)).isEmpty();
        assertThat(graph.objects(id("repo/github-amirhossein-kz-awesome-diffusion-models-in-medical-imaging"), Vocab.IMPLEMENTS))
                .containsExactly(SURVEY);
    }

    @Test
    void a_mojibake_presenter_name_is_repaired() {
        Node video = id("video/youtube-y7J6sSO1k50");
        assertThat(graph.objects(video, Vocab.PRESENTER)).containsExactly(id("person/aleksa-gordic"));
        assertThat(graph.texts(id("person/aleksa-gordic"), Vocab.NAME)).contains("Aleksa Gordić");
        assertThat(graph.objects(video, Vocab.CHANNEL)).containsExactly(id("org/the-ai-epiphany"));
        assertThat(graph.literalsContaining("Ä")).isEmpty();
        assertThat(graph.objects(id("person/aleksa-gordic"), Vocab.SAME_AS)).containsExactlyInAnyOrder(
                iri("https://github.com/gordicaleksa"), iri("https://twitter.com/gordic_aleksa"));
    }

    @Test
    void mike_pounds_two_profile_links_are_his_other_addresses() {
        Node mike = id("person/mike-pound");
        assertThat(graph.objects(id("video/youtube-1CIpzeNxIhU"), Vocab.PRESENTER)).containsExactly(mike);
        assertThat(graph.objects(mike, Vocab.SAME_AS)).containsExactlyInAnyOrder(
                iri("https://www.nottingham.ac.uk/research/beacons-of-excellence/future-food/meet-the-team/michael-pound/index.aspx"),
                iri("https://twitter.com/_mikepound"));
        assertThat(graph.objects(id("video/youtube-1CIpzeNxIhU"), Vocab.SAME_AS)).isEmpty();
    }

    @Test
    void sofia_recommends_the_assemblyai_tutorial() {
        Node tutorial = id("tutorial/introduction-to-diffusion-models-for-machine-learning");
        assertThat(graph.objects(tutorial, Vocab.RECOMMENDED_BY)).containsExactly(id("person/sofia"));
        assertThat(graph.subjects(Vocab.RECOMMENDED_BY, id("person/sofia"))).containsExactly(tutorial);
        assertThat(graph.authorList(tutorial)).containsExactly(id("person/ryan-oconnor"));
        assertThat(graph.objects(tutorial, Vocab.URL)).containsExactly(
                iri("https://www.assemblyai.com/blog/diffusion-models-for-machine-learning-introduction/"));
    }

    @Test
    void the_tomczak_item_is_a_book_chapter_keyed_by_its_doi() {
        assertThat(graph.objects(TOMCZAK_CHAPTER, Vocab.TYPE)).contains(Vocab.CHAPTER, Vocab.SCHOLARLY_ARTICLE);
        assertThat(graph.texts(TOMCZAK_CHAPTER, Vocab.NAME)).containsExactly("Latent Variable Models");
        assertThat(graph.authorList(TOMCZAK_CHAPTER)).containsExactly(id("person/jakub-m-tomczak"));
        assertThat(graph.texts(id("person/jakub-m-tomczak"), Vocab.NAME)).containsExactly("Jakub M. Tomczak");
        assertThat(graph.objects(id("video/youtube-JlmOZZnjzOg"), Vocab.EXPLAINS)).containsExactly(TOMCZAK_CHAPTER);
    }

    @Test
    void the_annotated_diffusion_source_file_is_kept_and_its_repository_linked() {
        Node tutorial = id("tutorial/the-annotated-diffusion-model");
        assertThat(graph.objects(tutorial, Vocab.SOURCE_FILE))
                .containsExactly(iri("https://github.com/huggingface/blog/blob/main/annotated-diffusion.md"));
        assertThat(graph.objects(tutorial, Vocab.LINKS_TO)).containsExactly(id("repo/github-huggingface-blog"));
        assertThat(graph.authorList(tutorial)).containsExactly(id("person/niels-rogge"), id("person/kashif-rasul"));
    }

    @Test
    void the_glossary_question_is_keyed_by_site_and_id() {
        Node question = id("question/math-stackexchange-1991961");
        assertThat(graph.objects(id("section/reading-list-glossary"), Vocab.HAS_PART)).containsExactly(question);
        assertThat(graph.texts(question, Vocab.NAME)).containsExactly("Gaussian distribution is isotropic?");
        assertThat(graph.texts(question, Vocab.STACK_EXCHANGE_ID)).containsExactly("1991961");
    }

    @Test
    void importing_the_same_text_twice_leaves_the_store_as_it_was() {
        long size = graph.store.size();
        Set<String> graphs = graph.store.graphNames();
        Model first = graph.store.graph(Vocab.sourceGraph(SOURCE).getURI());

        graph.importText(SOURCE, SEED);

        assertThat(graph.store.size()).isEqualTo(size);
        assertThat(graph.store.graphNames()).isEqualTo(graphs).contains(Vocab.sourceGraph(SOURCE).getURI());
        assertThat(graph.store.graph(Vocab.sourceGraph(SOURCE).getURI()).isIsomorphicWith(first)).isTrue();
    }

    @Test
    void every_entity_is_derived_from_the_list_and_has_a_source_line() {
        assertThat(graph.entitiesOf(SOURCE)).hasSizeGreaterThan(40).allSatisfy(entity -> {
            assertThat(graph.objects(entity, Vocab.WAS_DERIVED_FROM)).as("source of %s", entity)
                    .containsExactly(Vocab.sourceGraph(SOURCE));
            assertThat(graph.sourceLines(entity)).as("lines of %s", entity).isNotEmpty();
        });
        assertThat(graph.sourceLines(id("list/reading-list"))).containsExactly(1);
        assertThat(graph.sourceLines(id("section/reading-list-papers"))).containsExactly(lineOf(SEED, "## Papers"));
        assertThat(graph.sourceLines(SURVEY)).containsExactly(lineOf(SEED, "A Comprehensive Survey\" [Submitted"));
        assertThat(graph.sourceLines(ULTRASOUND)).containsExactly(lineOf(SEED, "[139] Deep Ultrasound"));
        assertThat(graph.sourceLines(id("person/sofia"))).containsExactly(lineOf(SEED, "Recommended by Sofia"));
        // Beat-GANs is also linked from a video further down: its own item line comes first.
        assertThat(graph.sourceLines(BEAT_GANS).get(0)).isEqualTo(lineOf(SEED, "Diffusion Models Beat GANS on Image Synthesis. (2021)"));
    }
}
