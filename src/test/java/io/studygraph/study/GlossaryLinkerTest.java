package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Sparql;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Glossary linking on the bundled list: what it finds, where, and that it never restates a source. */
class GlossaryLinkerTest {
    private static final String ID = "https://w3id.org/studygraph/id/";
    private static StudyGraph sg;

    @BeforeAll
    static void open() {
        sg = StudyGraph.inMemory(true);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    @Test
    void a_plural_in_a_description_is_found_with_its_field_words_and_offsets() {
        String tutorial = ID + "tutorial/the-annotated-diffusion-model";
        List<GlossaryLinker.Span> spans = sg.glossary().spans(List.of(tutorial)).get(tutorial).stream()
                .filter(s -> s.concept().equals(ID + "concept/timestep-embedding")).toList();
        assertThat(spans).hasSize(1);
        GlossaryLinker.Span span = spans.get(0);
        assertThat(span.field()).isEqualTo("description");
        assertThat(span.text()).isEqualTo("timestep embeddings");
        String description = select("SELECT ?d WHERE { ?e schema:description ?d }", Map.of("e", tutorial)).get(0).getLiteral("d").getString();
        assertThat(description.substring(span.start(), span.end())).isEqualTo("timestep embeddings");
        // What is stored is the link alone; the words are found on request.
        assertThat(select("SELECT ?p WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?s ?p ?o } }", Map.of()))
                .extracting(r -> r.getResource("p").getURI()).containsOnly("https://w3id.org/studygraph/ontology#mentionsConcept");
    }

    @Test
    void derived_links_name_only_what_no_source_states_and_never_a_concept_itself() {
        assertThat(select("SELECT ?e ?c WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?e sg:mentionsConcept ?c } }", Map.of()))
                .as("the list's titles and abstracts name concepts its sources do not link").isNotEmpty();
        assertThat(select("""
                SELECT ?e ?c WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?e sg:mentionsConcept ?c }
                  { ?e schema:mentions ?c } UNION { ?e schema:about ?c } UNION { FILTER (?e = ?c) } }""", Map.of())).isEmpty();
    }

    @Test
    void linking_again_gives_the_same_graph_not_a_second_copy() {
        long before = sg.store().graph("https://w3id.org/studygraph/derived/glossary-mentions").size();
        assertThat(before).isPositive();
        sg.importTexts(Map.of("extra.md", "# Extra\n\n* A Survey of U-Nets and Classifier-Free Guidance (2023) https://arxiv.org/abs/2301.00001\n"));
        long after = sg.store().graph("https://w3id.org/studygraph/derived/glossary-mentions").size();
        assertThat(after).as("the new title's mentions are added, nothing doubles").isGreaterThan(before).isLessThan(before + 40);
        assertThat(select("SELECT ?c WHERE { ?e sg:mentionsConcept ?c }", Map.of("e", ID + "paper/arxiv-2301.00001")))
                .extracting(r -> r.getResource("c").getURI()).contains(ID + "concept/u-net");
    }

    @Test
    void a_notes_mentions_are_found_when_it_is_saved_and_go_when_it_is_edited_or_deleted() {
        String ddpm = ID + "paper/arxiv-2006.11239";
        Note note = sg.writeNote(Learner.of("glossary-test"), null, ddpm, null, null, "The U-Nets here predict the noise.").orElseThrow();
        String noteIri = Notes.iri(Learner.of("glossary-test"), note.id());
        java.util.function.Supplier<List<String>> mentions = () -> sg.glossary().spans(List.of(noteIri)).getOrDefault(noteIri, List.of()).stream()
                .map(m -> m.concept() + " " + m.field() + " " + m.text()).toList();
        assertThat(mentions.get()).containsExactly(ID + "concept/u-net note U-Nets");
        // The derived link is the note's own: a learner's note is no statement of the list about the paper.
        assertThat(select("SELECT ?x WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?n sg:mentionsConcept ?x } }",
                Map.of("n", noteIri))).hasSize(1);

        sg.writeNote(Learner.of("glossary-test"), note.id(), null, null, null, "Now about classifier guidance instead.");
        assertThat(mentions.get()).containsExactly(ID + "concept/classifier-guidance note classifier guidance");
        assertThat(select("SELECT ?x WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?n sg:mentionsConcept ?x } }",
                Map.of("n", noteIri))).extracting(r -> r.getResource("x").getURI()).containsExactly(ID + "concept/classifier-guidance");
        sg.writeNote(Learner.of("glossary-test"), note.id(), null, null, null, null);
        assertThat(mentions.get()).isEmpty();
        assertThat(select("SELECT ?x WHERE { GRAPH ?g { ?n ?p ?x } }", Map.of("n", noteIri))).isEmpty();
    }

    @Test
    void an_import_relinks_what_it_touched_and_a_new_glossary_term_relinks_everything() {
        try (StudyGraph own = StudyGraph.inMemory(true)) {
            String paper = ID + "paper/arxiv-2301.00002";
            java.util.function.Supplier<List<String>> links = () -> Sparql.select(own.store(), Sparql.parse(
                    "SELECT ?c WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> { ?e sg:mentionsConcept ?c } }"),
                    Map.of("e", org.apache.jena.graph.NodeFactory.createURI(paper))).stream().map(r -> r.getResource("c").getURI()).toList();
            own.importTexts(Map.of("short.md", "# Short\n\n* Sampling with U-Nets and Zebra Flows (2023) https://arxiv.org/abs/2301.00002\n"));
            assertThat(links.get()).containsExactly(ID + "concept/u-net");
            // The list again without the paper: its derived link goes with it.
            own.importTexts(Map.of("short.md", "# Short\n\n* Something else entirely (2023) https://arxiv.org/abs/2301.00003\n"));
            assertThat(links.get()).isEmpty();
            own.importTexts(Map.of("short.md", "# Short\n\n* Sampling with U-Nets and Zebra Flows (2023) https://arxiv.org/abs/2301.00002\n"));
            // A glossary that now knows "zebra flow" finds it in the title imported before it.
            own.importTexts(Map.of("zebra.ttl", """
                    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                    <https://w3id.org/studygraph/id/concept/zebra-flow> a skos:Concept ; skos:prefLabel "Zebra flow" ; skos:definition "A made-up idea." .
                    """));
            assertThat(links.get()).containsExactlyInAnyOrder(ID + "concept/u-net", ID + "concept/zebra-flow");
        }
    }

    private static List<QuerySolution> select(String query, Map<String, String> iris) {
        Map<String, org.apache.jena.graph.Node> bindings = new java.util.HashMap<>();
        iris.forEach((k, v) -> bindings.put(k, org.apache.jena.graph.NodeFactory.createURI(v)));
        return Sparql.select(sg.store(), Sparql.parse(query), bindings);
    }
}
