package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import io.studygraph.graph.EntityView;
import io.studygraph.graph.Vocab;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BibtexImportTest {
    private StudyGraph sg;

    @BeforeEach
    void open() {
        sg = StudyGraph.inMemory(false);
        sg.importer().importFiles(List.of(Path.of("src/test/resources/bib/generative.bib")));
    }

    @AfterEach
    void close() {
        sg.close();
    }

    private EntityView entity(String key) {
        return sg.entities().describe(Vocab.ID + key).orElseThrow(() -> new AssertionError("missing " + key));
    }

    @Test
    void an_eprint_field_keys_the_paper_by_its_arxiv_id_with_authors_in_order_and_the_venue_by_its_short_name() {
        EntityView ddpm = entity("paper/arxiv-2006.11239");
        assertThat(ddpm.label()).isEqualTo("Denoising Diffusion Probabilistic Models");
        assertThat(ddpm.authors()).extracting(EntityView.Ref::label).containsExactly("Jonathan Ho", "Ajay Jain", "Pieter Abbeel");
        assertThat(ddpm.literals()).anySatisfy(g -> {
            assertThat(g.property()).isEqualTo(Vocab.PAGES.getURI());
            assertThat(g.values().get(0).value()).isEqualTo("6840-6851");
        });
        assertThat(ddpm.outgoing()).anySatisfy(r -> assertThat(r.targets()).extracting(EntityView.Ref::label)
                .contains("NeurIPS"));
    }

    @Test
    void an_arxiv_preprint_journal_gives_the_id_and_the_month_gives_the_date() {
        EntityView vae = entity("paper/arxiv-1312.6114");
        assertThat(vae.label()).isEqualTo("Auto-Encoding Variational Bayes");
        assertThat(vae.literals()).anySatisfy(g -> {
            assertThat(g.property()).isEqualTo(Vocab.DATE_PUBLISHED.getURI());
            assertThat(g.values().get(0).value()).isEqualTo("2013-12");
        });
    }

    @Test
    void books_are_keyed_by_doi_and_latex_accents_become_unicode() {
        assertThat(entity("book/doi-10.1007-978-3-030-93158-2").label()).isEqualTo("Deep Generative Modeling");
        EntityView goedel = entity("paper/uber-formal-unentscheidbare-satze");
        assertThat(goedel.label()).isEqualTo("Über formal unentscheidbare Sätze");
        assertThat(goedel.authors()).extracting(EntityView.Ref::label).containsExactly("Kurt Gödel");
        assertThat(goedel.types()).extracting(EntityView.Ref::iri).contains(Vocab.CHAPTER.getURI());
        assertThat(goedel.provenance()).extracting(EntityView.Provenance::line).containsExactly(29);
    }

    @Test
    void broken_bibtex_names_its_line_and_changes_nothing() {
        long before = sg.store().size();
        assertThatThrownBy(() -> sg.importer().importTexts(Map.of("broken.bib", "@article{a,\n  title = {Open\n")))
                .isInstanceOf(ImportException.class).hasMessageContaining("broken.bib");
        assertThat(sg.store().size()).isEqualTo(before);
    }
}
