package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BibTeX the way reference managers and people write it, one habit per test. */
class BibtexAsWrittenTest {
    private final ImportHarness graph = new ImportHarness();

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void one_broken_entry_is_skipped_with_its_line_and_the_rest_imports() {
        String bib = """
                @article{good1,
                  title = {First Paper}, author = {Doe, Jane}, year = {2020}
                }
                @article{broken,
                  title = {Never closed, author = {Roe, Rick},
                @article{good2,
                  title = {Second Paper}, author = {Poe, Ed}, year = {2021}
                }
                """;
        ImportResult result = graph.importText("broken.bib", bib).get(0);
        assertThat(graph.texts(id("paper/first-paper"), Vocab.NAME)).containsExactly("First Paper");
        assertThat(graph.texts(id("paper/second-paper"), Vocab.NAME)).containsExactly("Second Paper");
        assertThat(result.skipped()).anySatisfy(note -> assertThat(note).contains("line 4").contains("not valid BibTeX"));
    }

    @Test
    void a_duplicate_key_and_a_repeated_doi_are_one_work_with_both_lines_and_one_author_list() {
        String bib = """
                @inproceedings{smith2019,
                  title = {A Study of Things}, author = {Smith, Ann}, doi = {10.1000/xyz.1}, year = {2019}
                }
                @inproceedings{smith2019,
                  title = {A Study of Things}, author = {Smith, Ann and Jones, Bob}, doi = {https://doi.org/10.1000/XYZ.1}, year = {2019}
                }
                """;
        graph.importText("dup.bib", bib);
        var work = id("paper/doi-10.1000-xyz.1");
        assertThat(graph.sourceLines(work)).containsExactly(1, 4);
        assertThat(graph.objects(work, Vocab.AUTHOR_LIST)).hasSize(1);
        assertThat(graph.authorList(work)).containsExactly(id("person/ann-smith"), id("person/bob-jones"));
    }

    @Test
    void et_al_and_others_are_never_people() {
        graph.importText("etal.bib", """
                @article{big, title = {Big Model}, author = {Lee, Kim and Park, Jo and et al.}, year = {2022}}
                @article{bigger, title = {Bigger Model}, author = {Lee, Kim and others}, year = {2023}}
                """);
        assertThat(graph.authorList(id("paper/big-model"))).containsExactly(id("person/kim-lee"), id("person/jo-park"));
        assertThat(graph.authorList(id("paper/bigger-model"))).containsExactly(id("person/kim-lee"));
        assertThat(graph.literalsContaining("et al")).isEmpty();
        assertThat(graph.literalsContaining("others")).isEmpty();
    }

    @Test
    void a_crossref_gives_the_booktitle_and_year_of_the_proceedings() {
        graph.importText("xref.bib", """
                @inproceedings{paper1, title = {Learning Fast}, author = {Ng, Al}, crossref = {icml2019}}
                @proceedings{icml2019, title = {Proceedings of the 36th International Conference on Machine Learning}, year = {2019}}
                """);
        var paper = id("paper/learning-fast");
        assertThat(graph.objects(paper, Vocab.VENUE)).containsExactly(id("org/icml"));
        assertThat(graph.texts(paper, Vocab.DATE_PUBLISHED)).containsExactly("2019");
    }

    @Test
    void misc_entries_give_their_arxiv_id_from_a_url_command_in_howpublished() {
        graph.importText("misc.bib", """
                @misc{blog, title = {Scaling Things}, author = {Kay, Al},
                  howpublished = {\\url{https://arxiv.org/abs/2101.00001v2}}, year = {2021}}
                @online{site, title = {A Note}, note = {CoRR abs/1901.00002}, year = {2019}}
                """);
        assertThat(graph.texts(id("paper/arxiv-2101.00001"), Vocab.ARXIV_ID)).containsExactly("2101.00001");
        assertThat(graph.texts(id("paper/arxiv-1901.00002"), Vocab.NAME)).containsExactly("A Note");
    }

    @Test
    void an_arxiv_preprint_journal_is_the_arxiv_venue_not_an_organisation_named_after_the_id() {
        graph.importText("pre.bib", """
                @article{k, title = {Auto-Encoding Variational {B}ayes}, author = {Kingma, Diederik P.},
                  journal = {arXiv preprint arXiv:1312.6114}, year = {2013}}
                """);
        assertThat(graph.objects(id("paper/arxiv-1312.6114"), Vocab.VENUE)).containsExactly(id("org/arxiv"));
        assertThat(graph.has(id("org/arxiv"), Vocab.NAME, text("arXiv"))).isTrue();
        assertThat(graph.literalsContaining("arXiv preprint")).isEmpty();
    }
}
