package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static io.studygraph.ingest.ImportHarness.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reading list on another topic (transformers), written the way the seed list is, imported by
 * the real importer into an in-memory store: the importer must not be tuned to the seed alone.
 */
class SecondTopicImportTest {
    private static final String SOURCE = "transformers.md";
    private static final String LIST = ImportHarness.resource("/lists/" + SOURCE);
    private static final Node ATTENTION = id("paper/arxiv-1706.03762");
    private static final Node BERT = id("paper/arxiv-1810.04805");
    private static final Node FAST_WEIGHTS = id("paper/arxiv-2102.11174");
    private static final Node LAYER_NORM = id("paper/arxiv-1607.06450");
    private static final Node BAHDANAU = id("paper/arxiv-1409.0473");
    private static final Node ILLUSTRATED = id("tutorial/the-illustrated-transformer");
    private static final Node DISTILL = id("tutorial/attention-and-augmented-recurrent-neural-networks");
    private static final Node ANNOTATED = id("tutorial/the-annotated-transformer");
    private static final Node FROM_SCRATCH = id("tutorial/transformers-from-scratch");
    private static final Node BUILD_GPT = id("video/youtube-kCc8FmEb1nY");
    private static final Node THREE_B1B = id("video/youtube-eMlx5fFNoYc");
    private static final Node QKV_QUESTION = id("question/stats-stackexchange-421935");
    private static final Node SOFTMAX = id("concept/softmax");

    private static ImportHarness graph;

    @BeforeAll
    static void importTheList() {
        graph = new ImportHarness();
        List<ImportResult> results = graph.importText(SOURCE, LIST);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.warnings()).isEmpty());
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void each_section_holds_its_items_under_their_keys() {
        assertThat(graph.objects(id("list/transformers"), Vocab.HAS_PART)).containsExactlyInAnyOrder(
                id("section/transformers-tutorials"), id("section/transformers-papers"),
                id("section/transformers-video-blogs"), id("section/transformers-glossary"));
        assertThat(graph.texts(id("list/transformers"), Vocab.NAME)).containsExactly("Transformers and attention");
        assertThat(graph.objects(id("section/transformers-tutorials"), Vocab.HAS_PART))
                .containsExactlyInAnyOrder(ILLUSTRATED, DISTILL, ANNOTATED, FROM_SCRATCH);
        assertThat(graph.objects(id("section/transformers-papers"), Vocab.HAS_PART))
                .containsExactlyInAnyOrder(ATTENTION, BERT, FAST_WEIGHTS);
        assertThat(graph.objects(id("section/transformers-video-blogs"), Vocab.HAS_PART))
                .containsExactlyInAnyOrder(BUILD_GPT, THREE_B1B);
        assertThat(graph.objects(id("section/transformers-glossary"), Vocab.HAS_PART))
                .containsExactlyInAnyOrder(QKV_QUESTION, SOFTMAX);
    }

    @Test
    void each_item_has_the_type_of_its_kind() {
        Map<Node, Node> types = Map.of(ATTENTION, Vocab.SCHOLARLY_ARTICLE, BERT, Vocab.SCHOLARLY_ARTICLE,
                LAYER_NORM, Vocab.SCHOLARLY_ARTICLE, ILLUSTRATED, Vocab.BLOG_POSTING, FROM_SCRATCH, Vocab.TUTORIAL,
                BUILD_GPT, Vocab.VIDEO_OBJECT, id("repo/github-karpathy-nanogpt"), Vocab.SOFTWARE_SOURCE_CODE,
                QKV_QUESTION, Vocab.QA_PAGE, SOFTMAX, Vocab.CONCEPT, id("person/andrej-karpathy"), Vocab.PERSON);
        types.forEach((entity, type) -> assertThat(graph.objects(entity, Vocab.TYPE)).as("types of %s", entity).contains(type));
        assertThat(graph.objects(BERT, Vocab.TYPE)).doesNotContain(Vocab.CHAPTER);
        assertThat(graph.objects(id("org/3blue1brown"), Vocab.TYPE)).containsExactly(Vocab.ORGANIZATION);
    }

    @Test
    void titles_and_identifiers_come_from_the_items_and_their_links() {
        assertThat(graph.texts(ATTENTION, Vocab.NAME)).containsExactly("Attention Is All You Need");
        assertThat(graph.texts(ATTENTION, Vocab.ARXIV_ID)).containsExactly("1706.03762");
        assertThat(graph.objects(ATTENTION, Vocab.URL)).containsExactly(iri("https://arxiv.org/abs/1706.03762"));
        assertThat(graph.texts(BERT, Vocab.NAME))
                .containsExactly("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertThat(graph.texts(FAST_WEIGHTS, Vocab.NAME)).containsExactly("Linear Transformers Are Secretly Fast Weight Programmers");
        assertThat(graph.texts(BUILD_GPT, Vocab.NAME)).containsExactly("Let's build GPT: from scratch, in code, spelled out");
        assertThat(graph.texts(BUILD_GPT, Vocab.YOUTUBE_ID)).containsExactly("kCc8FmEb1nY");
        assertThat(graph.texts(THREE_B1B, Vocab.NAME))
                .containsExactly("Attention in transformers, visually explained | Chapter 6, Deep Learning");
        assertThat(graph.texts(id("repo/github-karpathy-nanogpt"), Vocab.GITHUB_REPO)).containsExactly("karpathy/nanoGPT");
        assertThat(graph.texts(FROM_SCRATCH, Vocab.NAME)).containsExactly("Transformers from scratch");
        assertThat(graph.objects(FROM_SCRATCH, Vocab.URL)).containsExactly(iri("https://peterbloem.nl/blog/transformers"));
        assertThat(graph.objects(ILLUSTRATED, Vocab.URL)).containsExactly(iri("https://jalammar.github.io/illustrated-transformer/"));
    }

    @Test
    void authors_keep_the_order_the_list_gives() {
        assertThat(graph.authorList(ATTENTION)).containsExactly(
                id("person/ashish-vaswani"), id("person/noam-shazeer"), id("person/niki-parmar"),
                id("person/jakob-uszkoreit"), id("person/llion-jones"), id("person/aidan-n-gomez"),
                id("person/lukasz-kaiser"), id("person/illia-polosukhin"));
        assertThat(graph.texts(id("person/lukasz-kaiser"), Vocab.NAME)).containsExactly("Łukasz Kaiser");
        assertThat(graph.texts(id("person/aidan-n-gomez"), Vocab.NAME)).containsExactly("Aidan N. Gomez");
        assertThat(graph.authorList(DISTILL)).containsExactly(id("person/chris-olah"), id("person/shan-carter"));
        assertThat(graph.objects(DISTILL, Vocab.AUTHOR)).containsExactlyInAnyOrder(id("person/chris-olah"), id("person/shan-carter"));
        assertThat(graph.authorList(FROM_SCRATCH)).containsExactly(id("person/peter-bloem"));
    }

    @Test
    void a_citation_block_gives_the_authors_in_order_and_the_venue_and_pages() {
        assertThat(graph.authorList(BERT)).containsExactly(id("person/jacob-devlin"), id("person/ming-wei-chang"),
                id("person/kenton-lee"), id("person/kristina-toutanova"));
        assertThat(graph.texts(id("person/ming-wei-chang"), Vocab.NAME)).containsExactly("Ming-Wei Chang");
        assertThat(graph.objects(BERT, Vocab.VENUE)).containsExactly(id("org/naacl"));
        assertThat(graph.texts(id("org/naacl"), Vocab.NAME)).containsExactly("NAACL");
        assertThat(graph.texts(BERT, Vocab.PAGES)).containsExactly("4171-4186");
        assertThat(graph.texts(BERT, Vocab.VOLUME)).isEmpty();
        // Same title in other case: no second label.
        assertThat(graph.texts(BERT, Vocab.ALT_LABEL)).isEmpty();
    }

    @Test
    void dates_keep_the_precision_the_list_gives() {
        assertThat(graph.objects(ATTENTION, Vocab.DATE_PUBLISHED)).containsExactly(date("2017-06-12"));
        assertThat(graph.objects(ILLUSTRATED, Vocab.DATE_PUBLISHED)).containsExactly(date("2018-06-27"));
        assertThat(graph.objects(DISTILL, Vocab.DATE_PUBLISHED)).containsExactly(date("2016-09-08"));
        assertThat(graph.objects(ANNOTATED, Vocab.DATE_PUBLISHED)).containsExactly(date("2018-04-03"));
        assertThat(graph.objects(BUILD_GPT, Vocab.DATE_PUBLISHED)).containsExactly(date("2023-01-17"));
        assertThat(graph.objects(LAYER_NORM, Vocab.DATE_PUBLISHED)).containsExactly(date("2016-07-21"));
        assertThat(graph.objects(BAHDANAU, Vocab.DATE_PUBLISHED)).containsExactly(date("2014-09-01"));
        assertThat(graph.objects(FAST_WEIGHTS, Vocab.DATE_PUBLISHED)).containsExactly(year("2021"));
        // The item's "(2018)" wins over the citation's proceedings year.
        assertThat(graph.objects(BERT, Vocab.DATE_PUBLISHED)).containsExactly(year("2018"));
        assertThat(graph.objects(FROM_SCRATCH, Vocab.DATE_PUBLISHED)).isEmpty();
    }

    @Test
    void nested_numbered_references_are_papers_the_item_cites() {
        assertThat(graph.objects(ATTENTION, Vocab.CITES)).containsExactlyInAnyOrder(LAYER_NORM, BAHDANAU);
        assertThat(graph.texts(LAYER_NORM, Vocab.NAME)).containsExactly("Layer Normalization");
        assertThat(graph.texts(BAHDANAU, Vocab.NAME)).containsExactly("Neural Machine Translation by Jointly Learning to Align and Translate");
        assertThat(graph.texts(BAHDANAU, Vocab.ARXIV_ID)).containsExactly("1409.0473");
        assertThat(graph.objects(id("section/transformers-papers"), Vocab.HAS_PART)).doesNotContain(LAYER_NORM, BAHDANAU);
    }

    @Test
    void code_links_implement_their_paper_and_videos_and_tutorials_explain_it() {
        assertThat(graph.objects(id("repo/github-tensorflow-tensor2tensor"), Vocab.IMPLEMENTS)).containsExactly(ATTENTION);
        assertThat(graph.objects(id("repo/github-google-research-bert"), Vocab.IMPLEMENTS)).containsExactly(BERT);
        assertThat(graph.subjects(Vocab.EXPLAINS, ATTENTION)).containsExactlyInAnyOrder(BUILD_GPT, THREE_B1B, ANNOTATED);
        assertThat(graph.objects(BUILD_GPT, Vocab.LINKS_TO)).containsExactly(id("repo/github-karpathy-nanogpt"));
        assertThat(graph.objects(ANNOTATED, Vocab.LINKS_TO)).containsExactly(id("repo/github-harvardnlp-annotated-transformer"));
        assertThat(graph.objects(ANNOTATED, Vocab.URL)).containsExactly(iri("http://nlp.seas.harvard.edu/2018/04/03/attention.html"));
    }

    @Test
    void where_to_find_links_are_the_presenters_profiles() {
        assertThat(graph.objects(BUILD_GPT, Vocab.PRESENTER)).containsExactly(id("person/andrej-karpathy"));
        assertThat(graph.objects(id("person/andrej-karpathy"), Vocab.SAME_AS)).containsExactlyInAnyOrder(
                iri("https://twitter.com/karpathy"), iri("https://github.com/karpathy"), iri("https://karpathy.ai"));
        assertThat(graph.objects(THREE_B1B, Vocab.PRESENTER)).containsExactly(id("person/grant-sanderson"));
        assertThat(graph.objects(THREE_B1B, Vocab.CHANNEL)).containsExactly(id("org/3blue1brown"));
        assertThat(graph.objects(id("person/grant-sanderson"), Vocab.SAME_AS)).containsExactlyInAnyOrder(
                iri("https://twitter.com/3blue1brown"), iri("https://www.3blue1brown.com"));
        // A presenter is not an author, and profiles stay off the video.
        assertThat(graph.objects(BUILD_GPT, Vocab.AUTHOR)).isEmpty();
        assertThat(graph.objects(BUILD_GPT, Vocab.SAME_AS)).isEmpty();
    }

    @Test
    void a_recommendation_names_the_person_who_made_it() {
        assertThat(graph.objects(ILLUSTRATED, Vocab.RECOMMENDED_BY)).containsExactly(id("person/priya"));
        assertThat(graph.texts(id("person/priya"), Vocab.NAME)).containsExactly("Priya");
        assertThat(graph.authorList(ILLUSTRATED)).containsExactly(id("person/jay-alammar"));
    }

    @Test
    void a_mojibake_name_is_repaired_before_it_becomes_a_name_and_a_key() {
        assertThat(graph.authorList(FAST_WEIGHTS)).containsExactly(id("person/imanol-schlag"), id("person/kazuki-irie"),
                id("person/jurgen-schmidhuber"));
        assertThat(graph.texts(id("person/jurgen-schmidhuber"), Vocab.NAME)).containsExactly("Jürgen Schmidhuber");
        assertThat(graph.literalsContaining("Ã")).isEmpty();
    }

    @Test
    void glossary_items_become_a_concept_with_its_definition_and_a_question_with_its_site_id() {
        assertThat(graph.texts(SOFTMAX, Vocab.PREF_LABEL)).containsExactly("Softmax");
        assertThat(graph.texts(SOFTMAX, Vocab.DEFINITION)).containsExactly(
                "A function that turns a vector of K real numbers into a probability distribution over K outcomes.");
        assertThat(graph.objects(SOFTMAX, Vocab.URL)).containsExactly(iri("https://en.wikipedia.org/wiki/Softmax_function"));
        assertThat(graph.texts(QKV_QUESTION, Vocab.NAME))
                .containsExactly("What exactly are keys, queries, and values in attention mechanisms?");
        assertThat(graph.texts(QKV_QUESTION, Vocab.STACK_EXCHANGE_ID)).containsExactly("421935");
        assertThat(graph.objects(QKV_QUESTION, Vocab.URL)).containsExactly(iri(
                "https://stats.stackexchange.com/questions/421935/what-exactly-are-keys-queries-and-values-in-attention-mechanisms"));
    }

    @Test
    void each_entity_records_the_line_it_is_written_on() {
        assertThat(graph.sourceLines(BERT)).containsExactly(lineOf(LIST, "*  BERT: Pre-training"));
        assertThat(graph.sourceLines(LAYER_NORM)).containsExactly(lineOf(LIST, "[1] Layer Normalization"));
        assertThat(graph.sourceLines(QKV_QUESTION)).containsExactly(lineOf(LIST, "What exactly are keys"));
        assertThat(graph.sourceLines(SOFTMAX)).containsExactly(lineOf(LIST, "Softmax."));
        assertThat(graph.sourceLines(id("section/transformers-glossary"))).containsExactly(lineOf(LIST, "## Glossary"));
        assertThat(graph.sourceLines(id("person/jurgen-schmidhuber"))).containsExactly(lineOf(LIST, "Schmidhuber"));
        // Mentioned again under a tutorial and two videos: every line is kept, its own item's among them.
        assertThat(graph.sourceLines(ATTENTION)).contains(lineOf(LIST, "\"Attention Is All You Need\""));
        assertThat(graph.sourceLines(id("person/andrej-karpathy")))
                .contains(lineOf(LIST, "by Andrej Karpathy"), lineOf(LIST, "https://karpathy.ai"));
        assertThat(graph.entitiesOf(SOURCE)).hasSizeGreaterThan(40).allSatisfy(entity -> {
            assertThat(graph.objects(entity, Vocab.WAS_DERIVED_FROM)).as("source of %s", entity)
                    .containsExactly(Vocab.sourceGraph(SOURCE));
            assertThat(graph.sourceLines(entity)).as("lines of %s", entity).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).isBetween(1, LIST.split("\n").length));
        });
    }

    @Test
    void the_list_lands_in_its_own_graph_beside_the_seed() {
        try (ImportHarness both = new ImportHarness()) {
            both.importer.importTexts(Map.of("reading-list.md", Bundle.data().get("reading-list.md"), SOURCE, LIST));
            assertThat(both.store.graphNames()).filteredOn(name -> name.startsWith(Vocab.SOURCE)).containsExactlyInAnyOrder(
                    Vocab.sourceGraph("reading-list.md").getURI(), Vocab.sourceGraph(SOURCE).getURI());
            assertThat(both.store.graph(Vocab.sourceGraph(SOURCE).getURI()).size())
                    .isEqualTo(graph.store.graph(Vocab.sourceGraph(SOURCE).getURI()).size());
            assertThat(both.has(ATTENTION, Vocab.WAS_DERIVED_FROM, Vocab.sourceGraph("reading-list.md"))).isFalse();
        }
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    private static Node year(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYear);
    }
}
