package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Slugs;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Dates.PartialDate;
import io.studygraph.ingest.Dates.PartialDate.Precision;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * Reading-list shapes that once broke the importer: bold and linked titles, parentheses in URLs,
 * "by" inside titles, impossible dates, name particles, old arXiv ids and more. Each test pins
 * the behaviour that fixed it.
 */
class ImporterEdgeCasesTest {

    @Test
    void a_bold_title_or_a_markdown_link_title_does_not_crash_the_import() {
        try (ImportHarness graph = new ImportHarness()) {
            graph.importText("bold.md", """
                    ## Tutorials
                    * [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar

                    ## Glossary
                    * **Softmax**: turns a vector of scores into probabilities.
                    """);
            assertThat(graph.objects(id("tutorial/the-illustrated-transformer"), Vocab.URL))
                    .containsExactly(iri("https://jalammar.github.io/illustrated-transformer/"));
            assertThat(graph.authorList(id("tutorial/the-illustrated-transformer"))).containsExactly(id("person/jay-alammar"));
            assertThat(graph.texts(id("concept/softmax"), Vocab.PREF_LABEL)).containsExactly("Softmax");
            assertThat(graph.texts(id("concept/softmax"), Vocab.DEFINITION)).containsExactly("turns a vector of scores into probabilities.");
        }
    }

    @Test
    void find_urls_keeps_a_closing_parenthesis_the_url_opened() {
        assertThat(LinkClassifier.findUrls("https://en.wikipedia.org/wiki/Attention_(machine_learning)"))
                .containsExactly("https://en.wikipedia.org/wiki/Attention_(machine_learning)");
        assertThat(LinkClassifier.findUrls("(see https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture)).")
                ).containsExactly("https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture)");
    }

    @Test
    void an_unquoted_title_containing_by_is_not_cut_there() {
        EntryText e = EntryText.read("[2] Neural Machine Translation by Jointly Learning to Align and Translate "
                + "[Submitted on 1 Sep 2014] https://arxiv.org/abs/1409.0473", null);

        assertThat(e.title()).isEqualTo("Neural Machine Translation by Jointly Learning to Align and Translate");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_dash_before_the_link_is_not_part_of_the_title() {
        assertThat(EntryText.read("Attention Is All You Need - https://arxiv.org/abs/1706.03762", null).title())
                .isEqualTo("Attention Is All You Need");
    }

    @Test
    void an_impossible_day_is_ignored_rather_than_read_as_its_month() {
        assertThat(Dates.find("31 Feb 2022")).isEmpty();
        assertThat(Dates.find("[Submitted on 31 Feb 2022] revised 1 Mar 2022").map(Dates.Found::date))
                .contains(new PartialDate("2022-03-01", Precision.DAY));
    }

    @Test
    void a_single_mla_author_keeps_the_full_stop_of_the_middle_initial() {
        Citation c = Citation.parse("Tomczak, Jakub M. \"Latent variable models.\" Deep Generative Modeling. "
                + "Cham: Springer International Publishing, 2022. 57-127.").orElseThrow();
        assertThat(c.authors()).containsExactly("Jakub M. Tomczak");
    }

    @Test
    void an_mla_first_author_with_a_particle_in_the_family_name_is_one_author() {
        Citation c = Citation.parse("Van den Oord, Aaron, Oriol Vinyals, and Koray Kavukcuoglu. \"Neural discrete representation "
                + "learning.\" Advances in neural information processing systems 30 (2017).").orElseThrow();
        assertThat(c.authors()).containsExactly("Aaron Van den Oord", "Oriol Vinyals", "Koray Kavukcuoglu");
    }

    @Test
    void google_scholars_apa_ellipsis_is_not_glued_to_the_last_author() {
        Citation c = Citation.parse("Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., ... & "
                + "Polosukhin, I. (2017). Attention is all you need. Advances in neural information processing systems, 30.").orElseThrow();
        assertThat(c.authors()).endsWith("A. N. Gomez", "I. Polosukhin").hasSize(7);
    }

    @Test
    void an_mla_book_chapter_citation_gives_its_year_and_pages() {
        Citation c = Citation.parse("Tomczak, Jakub M. \"Latent variable models.\" Deep Generative Modeling. "
                + "Cham: Springer International Publishing, 2022. 57-127.").orElseThrow();
        assertThat(c.year()).isEqualTo("2022");
        assertThat(c.pages()).isEqualTo("57-127");
    }

    @Test
    void a_person_spelled_two_ways_in_one_list_keeps_one_display_name() {
        try (ImportHarness graph = new ImportHarness()) {
            graph.importText("reading-list.md", Bundle.data().get("reading-list.md"));
            assertThat(graph.texts(id("person/aleksa-gordic"), Vocab.NAME)).containsExactly("Aleksa Gordić");
            assertThat(graph.texts(id("person/aleksa-gordic"), Vocab.ALT_LABEL)).containsExactly("Aleksa Gordic");
        }
    }

    @Test
    void a_paper_listed_twice_with_other_capitalisation_still_imports() {
        try (ImportHarness graph = new ImportHarness()) {
            graph.importText("twice.md", """
                    ## Papers
                    * "Attention Is All You Need" [Submitted on 12 Jun 2017]
                    \t* https://arxiv.org/abs/1706.03762

                    ## Tutorials
                    * "The Annotated Transformer" by Alexander Rush
                    \t* http://nlp.seas.harvard.edu/2018/04/03/attention.html
                    \t* [1] Attention is all you need [Submitted on 12 Jun 2017] https://arxiv.org/abs/1706.03762
                    """);
            assertThat(graph.texts(id("paper/arxiv-1706.03762"), Vocab.NAME)).containsExactly("Attention Is All You Need");
        }
    }

    @Test
    void an_old_style_arxiv_id_gives_a_key_without_slash_or_capitals() {
        try (ImportHarness graph = new ImportHarness()) {
            graph.importText("old.md", """
                    ## Papers
                    * "The Large N Limit of Superconformal Field Theories and Supergravity" [Submitted on 27 Nov 1997]
                    \t* https://arxiv.org/abs/hep-th/9711200
                    """);
            assertThat(graph.texts(id("paper/arxiv-hep-th-9711200"), Vocab.ARXIV_ID)).containsExactly("hep-th/9711200");
        }
    }

    @Test
    void a_nested_reference_after_a_citation_block_keeps_its_title_date_and_line() {
        try (ImportHarness graph = new ImportHarness()) {
            graph.importText("quoted.md", """
                    ## Papers
                    *  BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. (2018)
                    > Devlin, Jacob, et al. "Bert: Pre-training of deep bidirectional transformers for language understanding." arXiv preprint arXiv:1810.04805 (2018).
                    arXiv: https://arxiv.org/abs/1810.04805
                    \t* [1] Layer Normalization [Submitted on 21 Jul 2016] https://arxiv.org/abs/1607.06450
                    """);
            assertThat(graph.objects(id("paper/arxiv-1810.04805"), Vocab.CITES)).containsExactly(id("paper/arxiv-1607.06450"));
            assertThat(graph.texts(id("paper/arxiv-1607.06450"), Vocab.NAME)).containsExactly("Layer Normalization");
            assertThat(graph.objects(id("paper/arxiv-1607.06450"), Vocab.DATE_PUBLISHED))
                    .containsExactly(NodeFactory.createLiteralDT("2016-07-21", XSDDatatype.XSDdate));
            assertThat(graph.sourceLines(id("paper/arxiv-1607.06450"))).containsExactly(5);
        }
    }

    @Test
    void slugs_fold_letters_without_a_decomposition() {
        assertThat(Slugs.of("Đorđe Miladinović")).isEqualTo("dorde-miladinovic");
        assertThat(Slugs.of("Ærø")).isEqualTo("aero");
        assertThat(Slugs.of("Œuvre")).isEqualTo("oeuvre");
    }
}
