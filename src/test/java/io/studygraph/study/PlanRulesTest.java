package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Bundle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan's rules on a small Turtle source written for them: cycles, surveys, sub-properties, optional videos. */
class PlanRulesTest {
    private static final String ID = Vocab.ID;
    private static final String TURTLE = """
            @prefix schema: <https://schema.org/> . @prefix cito: <http://purl.org/spar/cito/> .
            @prefix sg: <https://w3id.org/studygraph/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/studygraph/id/paper/alpha> a schema:ScholarlyArticle ; schema:name "Alpha" ; schema:datePublished "2019"^^xsd:gYear ; cito:cites <https://w3id.org/studygraph/id/paper/beta> .
            <https://w3id.org/studygraph/id/paper/beta> a schema:ScholarlyArticle ; schema:name "Beta" ; schema:datePublished "2020"^^xsd:gYear ; cito:cites <https://w3id.org/studygraph/id/paper/alpha> .
            <https://w3id.org/studygraph/id/paper/gamma> a schema:ScholarlyArticle ; schema:name "Gamma" ; schema:datePublished "2021"^^xsd:gYear ;
                cito:citesAsRecommendedReading <https://w3id.org/studygraph/id/paper/beta> ; schema:about <https://w3id.org/studygraph/id/concept/noise> .
            <https://w3id.org/studygraph/id/paper/review> a schema:ScholarlyArticle, sg:Survey ; schema:name "A Review" ; schema:datePublished "2018"^^xsd:gYear ;
                cito:cites <https://w3id.org/studygraph/id/paper/gamma> ; sg:explains <https://w3id.org/studygraph/id/paper/gamma> .
            <https://w3id.org/studygraph/id/concept/noise> a skos:Concept ; skos:prefLabel "Noise" .
            <https://w3id.org/studygraph/id/video/one> a schema:VideoObject ; schema:name "First talk" ; schema:url <https://example.org/talks/one> ; schema:datePublished "2020"^^xsd:gYear ; sg:explains <https://w3id.org/studygraph/id/paper/gamma> .
            <https://w3id.org/studygraph/id/video/two> a schema:VideoObject ; schema:name "Second talk" ; schema:url <https://example.org/talks/two> ; schema:datePublished "2022"^^xsd:gYear ; sg:explains <https://w3id.org/studygraph/id/paper/gamma> .
            <https://w3id.org/studygraph/id/person/ada> a schema:Person ; schema:name "Ada" .
            """;

    private static StudyGraph sg;
    private static ReadingPlan plan;

    @BeforeAll
    static void open() {
        sg = StudyGraph.inMemory(false);
        // As a real data folder has it: the sub-properties and relation labels come from the ontology.
        sg.store().write(() -> {
            sg.importer().loadOntology(Bundle.ontology());
            return null;
        });
        sg.entities().labels().reload();
        sg.importTexts(Map.of("rules.ttl", TURTLE));
        plan = sg.plans().plan(Optional.empty(), List.of(), Map.of());
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    private static PlanStep step(String iri) {
        return plan.steps().stream().filter(s -> s.iri().equals(ID + iri)).findFirst().orElseThrow();
    }

    @Test
    void two_papers_citing_each_other_are_a_cycle_broken_oldest_first_and_said() {
        assertThat(step("paper/alpha").position()).isLessThan(step("paper/beta").position());
        assertThat(plan.cycles()).singleElement().satisfies(c -> {
            assertThat(c.sentence()).isEqualTo("*Alpha* and *Beta* cite each other; read *Alpha* first.");
            assertThat(c.dropped()).singleElement().satisfies(b -> {
                assertThat(b.before()).isEqualTo(ID + "paper/beta");
                assertThat(b.after()).isEqualTo(ID + "paper/alpha");
            });
        });
        assertThat(step("paper/alpha").reasons()).anySatisfy(r -> assertThat(r.type()).isEqualTo(PlanReason.Type.CYCLE));
    }

    @Test
    void a_sub_property_of_cites_counts_and_a_concept_comes_before_what_is_about_it() {
        PlanStep gamma = step("paper/gamma");
        assertThat(step("paper/beta").position()).isLessThan(gamma.position());
        assertThat(step("concept/noise").position()).isLessThan(gamma.position());
        assertThat(gamma.reasons()).extracting(PlanReason::sentence).contains(
                "Read *Beta* before *Gamma*: it recommends reading it.", "Learn *Noise* first: *Gamma* relies on it.");
    }

    @Test
    void a_survey_introduces_what_it_cites_and_a_second_video_is_optional() {
        PlanStep review = step("paper/review");
        assertThat(review.reasons()).noneSatisfy(r -> assertThat(r.type()).isEqualTo(PlanReason.Type.AFTER));
        assertThat(review.position()).isLessThan(step("paper/gamma").position());
        assertThat(review.optional()).isFalse();
        assertThat(step("video/one").optional()).isFalse();
        PlanStep second = step("video/two");
        assertThat(second.optional()).isTrue();
        assertThat(second.reasons()).extracting(PlanReason::sentence).contains("A second video on *Gamma*; *First talk* covers it.");
        // Introductions sit together right before what they explain.
        int gamma = step("paper/gamma").position();
        assertThat(List.of(review.position(), step("video/one").position(), second.position()))
                .containsExactlyInAnyOrder(gamma - 3, gamma - 2, gamma - 1);
        assertThat(plan.steps()).extracting(PlanStep::kind).doesNotContain("person");
    }

    @Test
    void the_plan_serialises_to_plain_json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(plan));
        assertThat(json.get("total").asInt()).isEqualTo(plan.steps().size());
        JsonNode first = json.get("steps").get(0);
        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(first.get("status").asText()).as("statuses are the API's words").isIn("unread", "unknown");
        assertThat(first.get("reasons").get(0).get("sentence").asText()).isNotBlank();
        assertThat(json.get("cycles").get(0).get("dropped").get(0).get("relation").asText()).isEqualTo(Vocab.CITES.getURI());
    }
}
