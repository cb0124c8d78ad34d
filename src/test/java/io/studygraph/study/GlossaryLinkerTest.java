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
        List<QuerySolution> rows = select("""
                SELECT ?field ?text ?start ?end WHERE { GRAPH <https://w3id.org/studygraph/derived/glossary-mentions> {
                  ?m a sg:Mention ; sg:mentionIn ?e ; sg:mentionOf ?c ; sg:mentionField ?field ; sg:mentionText ?text ;
                     sg:mentionStart ?start ; sg:mentionEnd ?end } }""",
                Map.of("e", ID + "tutorial/the-annotated-diffusion-model", "c", ID + "concept/timestep-embedding"));
        assertThat(rows).hasSize(1);
        QuerySolution row = rows.get(0);
        assertThat(row.getLiteral("field").getString()).isEqualTo("description");
        assertThat(row.getLiteral("text").getString()).isEqualTo("timestep embeddings");
        String description = select("SELECT ?d WHERE { ?e schema:description ?d }", Map.of("e", ID + "tutorial/the-annotated-diffusion-model"))
                .get(0).getLiteral("d").getString();
        assertThat(description.substring(row.getLiteral("start").getInt(), row.getLiteral("end").getInt())).isEqualTo("timestep embeddings");
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

    private static List<QuerySolution> select(String query, Map<String, String> iris) {
        Map<String, org.apache.jena.graph.Node> bindings = new java.util.HashMap<>();
        iris.forEach((k, v) -> bindings.put(k, org.apache.jena.graph.NodeFactory.createURI(v)));
        return Sparql.select(sg.store(), Sparql.parse(query), bindings);
    }
}
