package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.EntityView;
import io.studygraph.graph.Vocab;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation against what earlier imports stored, as a running StudyGraph does it: the search
 * index on disk proposes candidates by name key or identifier and the TDB2 store confirms them.
 * Each import here is its own batch, so nothing is found in the batch's own pending graphs.
 */
class ReconciliationTest {
    @TempDir Path dataDir;
    private StudyGraph sg;

    @BeforeEach
    void open() {
        sg = StudyGraph.open(dataDir);
    }

    @AfterEach
    void close() {
        sg.close();
    }

    private List<String> authors(String iri) {
        return sg.entities().describe(iri).orElseThrow().authors().stream().map(EntityView.Ref::iri).toList();
    }

    private String paperTitled(String title) {
        return sg.index().named(io.studygraph.graph.Slugs.of(title), 10).get(0);
    }

    @Test
    void an_author_named_as_another_source_spells_them_is_that_person() {
        // The bundled list calls him "Alexander Nichol", the fact sheet "Alex Nichol": one person.
        sg.importTexts(Map.of("later.bib", """
                @article{later2024,
                  title  = {A Later Paper on Guided Sampling},
                  author = {Nichol, Alexander and Nicholson, Alex},
                  year   = {2024}
                }
                """));

        assertThat(authors(paperTitled("A Later Paper on Guided Sampling")))
                .containsExactly(Vocab.ID + "person/alex-nichol", Vocab.ID + "person/alex-nicholson");
        assertThat(sg.entities().describe(Vocab.ID + "person/alexander-nichol")).isEmpty();
    }

    @Test
    void a_title_without_an_identifier_is_the_work_another_source_lists_under_it_in_any_case() {
        sg.importTexts(Map.of("titles.bib", """
                @article{ho2020,
                  title  = {Denoising diffusion probabilistic models},
                  author = {Ho, Jonathan},
                  year   = {2020}
                }
                """));

        assertThat(sg.entities().describe(Vocab.ID + "paper/denoising-diffusion-probabilistic-models")).isEmpty();
        assertThat(sg.entities().describe(Vocab.ID + "paper/arxiv-2006.11239").orElseThrow().provenance())
                .extracting(p -> p.source()).contains("titles.bib");
    }

    @Test
    void a_doi_in_other_case_is_the_paper_an_earlier_rdf_import_gave_it() {
        sg.importTexts(Map.of("bibo-article.ttl", ImportHarness.resource("/rdf/bibo-article.ttl")));
        sg.importTexts(Map.of("more.bib", """
                @article{turing2021,
                  title  = {Ordered Authors in BIBO, Again},
                  author = {Turing, Alan},
                  doi    = {10.5555/BIBO.7},
                  year   = {2021}
                }
                """));

        var paper = sg.entities().describe("https://example.org/bibo/article").orElseThrow();
        assertThat(paper.provenance()).extracting(p -> p.source()).contains("bibo-article.ttl", "more.bib");
        assertThat(sg.index().identified("10.5555/bibo.7", 10)).containsExactly("https://example.org/bibo/article");
    }

    @Test
    void initials_and_a_missing_middle_name_find_the_person_another_source_names_in_full() {
        // The bundled list has "Jonathan Ho", "Jakub M. Tomczak" and "Pieter Abbeel".
        sg.importTexts(Map.of("initials.bib", """
                @article{initials2024,
                  title  = {Sampling with Initials},
                  author = {Ho, J. and Tomczak, Jakub and Abbeel, P. and Nobody, N.},
                  year   = {2024}
                }
                """));

        assertThat(authors(paperTitled("Sampling with Initials"))).containsExactly(Vocab.ID + "person/jonathan-ho",
                Vocab.ID + "person/jakub-m-tomczak", Vocab.ID + "person/pieter-abbeel", Vocab.ID + "person/n-nobody");
        // The spelling of the record is the person's other name, and finds them.
        assertThat(sg.entities().describe(Vocab.ID + "person/jonathan-ho").orElseThrow().label()).isEqualTo("Jonathan Ho");
        assertThat(sg.entities().describe(Vocab.ID + "person/j-ho")).isEmpty();
    }

    @Test
    void initials_two_people_could_have_are_neither_of_them() {
        sg.importTexts(Map.of("jie.bib", """
                @article{jie2023, title = {A Paper by Jie}, author = {Ho, Jie}, year = {2023} }
                """));
        sg.importTexts(Map.of("j.bib", """
                @article{j2024, title = {A Paper by J.}, author = {Ho, J. and Kingma, Diederik P.}, year = {2024} }
                """));

        assertThat(authors(paperTitled("A Paper by Jie"))).containsExactly(Vocab.ID + "person/jie-ho");
        assertThat(authors(paperTitled("A Paper by J."))).first().isEqualTo(Vocab.ID + "person/j-ho");
        // Full names are still exact: a later "Jonathan Ho" is the bundled list's.
        sg.importTexts(Map.of("full.bib", """
                @article{full2024, title = {A Paper by Jonathan}, author = {Ho, Jonathan and Kingma, D.}, year = {2024} }
                """));
        assertThat(authors(paperTitled("A Paper by Jonathan"))).containsExactly(Vocab.ID + "person/jonathan-ho",
                Vocab.ID + "person/diederik-p-kingma");
    }

    @Test
    void a_name_that_only_looks_alike_is_someone_new() {
        sg.importTexts(Map.of("other.bib", """
                @article{other2024,
                  title  = {Denoising Diffusion Probabilistic Models Revisited},
                  author = {Nichol, Alexandra},
                  year   = {2024}
                }
                """));

        assertThat(authors(paperTitled("Denoising Diffusion Probabilistic Models Revisited")))
                .containsExactly(Vocab.ID + "person/alexandra-nichol");
        assertThat(paperTitled("Denoising Diffusion Probabilistic Models Revisited")).isNotEqualTo(Vocab.ID + "paper/arxiv-2006.11239");
    }
}
