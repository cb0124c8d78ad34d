package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.StudyGraph;
import io.studygraph.web.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gap report: each kind of gap found on a graph built to hold it, and absent where it is not. */
class GapsApiTest {
    private static final String ID = TestServer.ID;
    private static final String FACTS = """
            @prefix schema: <https://schema.org/> .
            @prefix sg: <https://w3id.org/studygraph/ontology#> .
            @prefix cito: <http://purl.org/spar/cito/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @base <https://w3id.org/studygraph/id/> .
            <list/mine> a sg:ReadingList ; schema:name "My list" ;
                schema:hasPart <paper/a> , <paper/b> , <video/v> , <tutorial/t> , <repo/r> , <concept/c1> , <concept/c2> , <concept/c3> .
            <paper/a> a schema:ScholarlyArticle ; schema:name "Paper A" ; schema:datePublished "2020-01-01"^^xsd:date ;
                cito:cites <paper/outside> ; schema:author <person/p1> , <person/p2> ; schema:mentions <concept/c1> .
            <paper/b> a schema:ScholarlyArticle ; schema:name "Paper B" ; schema:datePublished "2021-01-01"^^xsd:date ;
                sg:buildsOn <paper/outside> , <paper/a> ; schema:author <person/p2> ; schema:mentions <concept/c1> , <concept/c3> .
            <paper/outside> a schema:ScholarlyArticle ; schema:name "Outside Work" .
            <video/v> a schema:VideoObject ; schema:name "A video" ; schema:url <https://example.org/v> ; sg:explains <paper/a> , <concept/c2> .
            <tutorial/t> a sg:Tutorial ; schema:name "A tutorial" ; sg:explains <paper/a> .
            <repo/r> a schema:SoftwareSourceCode ; schema:name "Some code" ; schema:url <https://example.org/r> ; sg:implements <paper/a> .
            <concept/c1> a skos:Concept ; skos:prefLabel "Idea one" ; skos:definition "The first idea." .
            <concept/c2> a skos:Concept ; skos:prefLabel "Idea two" ; skos:definition "The second idea." .
            <concept/c3> a skos:Concept ; skos:prefLabel "Idea three" .
            <person/p1> a schema:Person ; schema:name "Pat One" ; schema:sameAs <https://example.org/pat> .
            <person/p2> a schema:Person ; schema:name "Sam Two" .
            """;
    private static final String BIB = """
            @article{good2020, title={A Good Entry}, author={Doe, Jane}, year={2020}}

            @article{untitled2021, author={Roe, Richard}, year={2021}}
            """;

    @Test
    void each_gap_is_found_and_ranked() {
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            assertThat(sg.importTexts(Map.of("facts.ttl", FACTS)).get(0).warnings()).isEmpty();
            Gaps.GapReport r = sg.gaps(100);

            // c1 is only mentioned, c3 too; c2 has a video. The idea used by more items comes first.
            assertThat(r.unexplainedConcepts().items()).extracting(Gaps.ConceptGap::iri)
                    .containsExactly(ID + "concept/c1", ID + "concept/c3");
            assertThat(r.unexplainedConcepts().items().get(0)).isEqualTo(new Gaps.ConceptGap(ID + "concept/c1", "Idea one", true, 2));
            assertThat(r.unexplainedConcepts().items().get(1).defined()).isFalse();

            // Paper A has a video, a tutorial and code; paper B has none of them.
            assertThat(r.papersWithoutHelp().items()).extracting(Gaps.PaperGap::iri).containsExactly(ID + "paper/b");
            assertThat(r.papersWithoutHelp().items().get(0).missing()).containsExactly("video", "tutorial", "code");

            // Both papers cite the outside work, which is named but on no list.
            assertThat(r.citedNotOnList().total()).isEqualTo(1);
            Gaps.CitedWork outside = r.citedNotOnList().items().get(0);
            assertThat(outside.label()).isEqualTo("Outside Work");
            assertThat(outside.citedBy()).isEqualTo(2);
            assertThat(outside.citers()).extracting(io.studygraph.graph.EntityView.Ref::label).containsExactlyInAnyOrder("Paper A", "Paper B");

            // Pat has a profile; Sam, author of two works, has none.
            assertThat(r.peopleWithoutProfile().items()).containsExactly(new Gaps.PersonGap(ID + "person/p2", "Sam Two", 2));
            assertThat(r.importProblems()).isEmpty();
            assertThat(r.counts()).containsEntry("unexplainedConcepts", 2).containsEntry("citedNotOnList", 1);
        }
    }

    @Test
    void sections_are_cut_at_the_limit_but_say_their_total() {
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            sg.importTexts(Map.of("facts.ttl", FACTS));
            Gaps.GapReport r = sg.gaps(1);
            assertThat(r.unexplainedConcepts().total()).isEqualTo(2);
            assertThat(r.unexplainedConcepts().items()).hasSize(1);
            assertThat(r.unexplainedConcepts().items().get(0).label()).isEqualTo("Idea one");
        }
    }

    @Test
    void the_entries_an_import_skipped_are_reported_until_the_source_is_imported_again(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            JsonNode imported = TestServer.json(server.importFile("name=refs.bib", "application/x-bibtex", BIB));
            assertThat(imported.get("skipped")).hasSize(1);

            JsonNode gaps = server.getJson("/api/study/gaps");
            JsonNode problems = gaps.get("importProblems");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).get("source").asText()).isEqualTo("refs.bib");
            assertThat(problems.get(0).get("skipped").get(0).asText()).startsWith("line 3: ").contains("untitled2021").contains("no title");
            assertThat(gaps.get("counts").get("importProblems").asInt()).isEqualTo(1);
            // The report is in the store, visible to SPARQL like everything else.
            assertThat(server.get("/sparql?query=" + TestServer.encode(
                    "ASK { GRAPH <https://w3id.org/studygraph/report/refs.bib> { ?r a sg:ImportReport ; sg:skippedEntry ?m } }"), "application/sparql-results+json").body())
                    .contains("true");

            // Fixed and imported again: the report is replaced with the source.
            server.importFile("name=refs.bib", "application/x-bibtex", BIB.replace("author={Roe", "title={Now Titled}, author={Roe"));
            assertThat(server.getJson("/api/study/gaps").get("importProblems")).isEmpty();
        }
    }

    @Test
    void the_seed_list_has_its_known_gaps(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            JsonNode gaps = server.getJson("/api/study/gaps");
            // DDPM has explainer videos and code on the bundled list; the ultrasound paper has nothing beside it.
            List<String> papers = TestServer.field(gaps.get("papersWithoutHelp").get("items"), "iri");
            assertThat(papers).contains(ID + "paper/arxiv-2201.02604").doesNotContain(ID + "paper/arxiv-2006.11239");
            assertThat(gaps.get("unexplainedConcepts").get("total").asInt()).isPositive();
            assertThat(TestServer.problemDetail(server.getWith("/api/study/gaps", "limit", "0"), 400)).contains("'limit'").contains("1000");
            assertThat(TestServer.problemDetail(server.getWith("/api/study/gaps", "limit", "many"), 400)).contains("'limit'");
        }
    }
}
