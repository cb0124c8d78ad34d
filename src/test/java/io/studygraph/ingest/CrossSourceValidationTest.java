package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A source may link to entities another stored source describes; the shapes still hold. */
class CrossSourceValidationTest {
    private static final String PREFIXES = """
            @prefix schema: <https://schema.org/> . @prefix cito: <http://purl.org/spar/cito/> .
            @prefix paper: <https://w3id.org/studygraph/id/paper/> . @prefix person: <https://w3id.org/studygraph/id/person/> .
            """;

    private static final String CITES_A_PERSON = PREFIXES + """
            paper:odd a schema:ScholarlyArticle ; schema:name "Odd" ; cito:cites person:alex-nichol .
            """;

    private final StudyGraph sg = StudyGraph.inMemory(true);

    @AfterEach
    void close() {
        sg.close();
    }

    @Test
    void a_file_may_cite_a_paper_that_another_file_defines() {
        String notes = PREFIXES + """
                paper:my-notes a schema:ScholarlyArticle ; schema:name "My notes on diffusion" ;
                    cito:cites paper:arxiv-2006.11239 .
                """;
        sg.importTexts(Map.of("notes.ttl", notes));
        assertThat(sg.entities().describe("https://w3id.org/studygraph/id/paper/my-notes").orElseThrow().outgoing())
                .anySatisfy(r -> assertThat(r.targets()).anySatisfy(t -> assertThat(t.label()).isEqualTo("Denoising Diffusion Probabilistic Models")));
    }

    @Test
    void citing_a_person_is_refused_under_strict_because_the_store_knows_it_is_not_a_work() {
        long before = sg.store().size();
        assertThatThrownBy(() -> sg.importTexts(Map.of("odd.ttl", CITES_A_PERSON), Validation.STRICT))
                .isInstanceOf(ImportException.class).hasMessageContaining("odd.ttl").hasMessageContaining("work");
        assertThat(sg.store().size()).isEqualTo(before);
    }

    @Test
    void citing_a_person_leniently_leaves_out_that_citation_and_keeps_the_paper() {
        ImportResult result = sg.importTexts(Map.of("odd.ttl", CITES_A_PERSON)).get(0);

        assertThat(result.warnings()).singleElement().asString()
                .startsWith("line 3: paper/odd: ").contains("cito:cites person/alex-nichol", "kept the rest of it");
        var odd = sg.entities().describe("https://w3id.org/studygraph/id/paper/odd").orElseThrow();
        assertThat(odd.label()).isEqualTo("Odd");
        assertThat(odd.outgoing()).noneSatisfy(r -> assertThat(r.label()).isEqualTo("cites"));
    }
}
