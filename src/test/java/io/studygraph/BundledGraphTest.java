package io.studygraph;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The graph built from the bundled {@code data/}: what the reading list and its fact sheet promise. */
class BundledGraphTest {
    private static final Query COUNT_KIND = Sparql.parse(
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class }");
    private static final Query LINKED = Sparql.parse("ASK { ?from ?relation ?to }");
    private static final Query AUTHORS_IN_ORDER = Sparql.parse("""
            SELECT ?name (COUNT(DISTINCT ?mid) AS ?pos) WHERE {
              ?work bibo:authorList ?list . ?list rdf:rest* ?mid . ?mid rdf:rest* ?cell . ?cell rdf:first ?a .
              ?a schema:name ?name
              GRAPH ?g { ?work bibo:authorList ?list }
            } GROUP BY ?list ?name ?g ORDER BY ?pos""");

    private static StudyGraph sg;

    @BeforeAll
    static void load() {
        sg = StudyGraph.inMemory(true);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    private static long count(Node rdfClass) {
        return Sparql.select(sg.store(), COUNT_KIND, Map.of("class", rdfClass)).get(0).getLiteral("n").getLong();
    }

    private static Node id(String kindAndKey) {
        return NodeFactory.createURI(Vocab.ID + kindAndKey);
    }

    @Test
    void the_graph_holds_every_kind_of_item_the_list_promises() {
        assertThat(count(Vocab.SCHOLARLY_ARTICLE)).isGreaterThanOrEqualTo(7);
        assertThat(count(Vocab.TUTORIAL)).isEqualTo(2);
        assertThat(count(Vocab.VIDEO_OBJECT)).isGreaterThanOrEqualTo(3);
        assertThat(count(Vocab.SOFTWARE_SOURCE_CODE)).isGreaterThanOrEqualTo(5);
        assertThat(count(Vocab.CONCEPT)).isGreaterThanOrEqualTo(15);
        assertThat(count(Vocab.PERSON)).isGreaterThanOrEqualTo(25);
        assertThat(count(Vocab.ORGANIZATION)).isGreaterThanOrEqualTo(5);
        assertThat(count(Vocab.QA_PAGE)).isEqualTo(1);
    }

    @Test
    void ddpm_and_improved_ddpm_are_papers_reached_through_the_videos() {
        for (String key : List.of("paper/arxiv-2006.11239", "paper/arxiv-2102.09672")) {
            assertThat(sg.entities().describe(Vocab.ID + key)).get()
                    .satisfies(v -> assertThat(v.kind()).isEqualTo(Kind.PAPER.slug()))
                    .satisfies(v -> assertThat(v.label()).contains("Denoising Diffusion Probabilistic Models"));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "tutorial/the-annotated-diffusion-model, ontology#implements, paper/arxiv-2006.11239",
            "tutorial/the-annotated-diffusion-model, cito:cites, paper/arxiv-2102.09672",
            "tutorial/the-annotated-diffusion-model, cito:citesAsRecommendedReading, paper/arxiv-2105.05233",
            "tutorial/the-annotated-diffusion-model, cito:linksTo, question/math-stackexchange-1991961",
            "paper/arxiv-2102.09672, cito:cites, paper/arxiv-2006.11239",
            "paper/arxiv-2105.05233, ontology#buildsOn, paper/arxiv-2102.09672",
            "paper/arxiv-2105.05233, cito:cites, paper/arxiv-2006.11239",
            "repo/github-openai-guided-diffusion, ontology#implements, paper/arxiv-2105.05233",
            "repo/github-openai-improved-diffusion, ontology#implements, paper/arxiv-2102.09672",
            "paper/arxiv-2211.17091, ontology#buildsOn, paper/arxiv-2105.05233",
            "video/youtube-W-O7AZNzbzQ, ontology#explains, paper/arxiv-2105.05233",
            "video/youtube-W-O7AZNzbzQ, ontology#explains, paper/arxiv-2102.09672",
            "video/youtube-y7J6sSO1k50, ontology#explains, paper/arxiv-2006.11239",
            "paper/arxiv-2211.07804, cito:cites, paper/arxiv-2201.02604",
            "question/math-stackexchange-1991961, schema:about, concept/isotropic-gaussian",
    })
    void the_cross_links_of_the_fact_sheet_are_in_the_graph(String from, String relation, String to) {
        Node property = NodeFactory.createURI(relation
                .replace("ontology#", Vocab.SG).replace("cito:", Vocab.CITO).replace("schema:", Vocab.SCHEMA));
        boolean linked = sg.store().query(LINKED, Map.of("from", id(from), "relation", property, "to", id(to)),
                qe -> qe.execAsk());
        assertThat(linked).as("%s %s %s", from, relation, to).isTrue();
    }

    @Test
    void author_lists_keep_their_order_and_the_fact_sheet_adds_se_jung_kwon() {
        assertThat(sg.entities().describe(Vocab.ID + "paper/arxiv-2211.17091").orElseThrow().authors())
                .extracting(a -> a.label())
                .containsExactly("Dongjun Kim", "Yeongmin Kim", "Se Jung Kwon", "Wanmo Kang", "Il-Chul Moon");
        assertThat(sg.entities().describe(Vocab.ID + "paper/arxiv-2211.07804").orElseThrow().authors())
                .extracting(a -> a.label())
                .containsExactly("Amirhossein Kazerouni", "Ehsan Khodapanah Aghdam", "Moein Heidari", "Reza Azad",
                        "Mohsen Fayyaz", "Ilker Hacihaliloglu", "Dorit Merhof");
    }

    @Test
    void the_same_person_reached_twice_is_one_node() {
        // The list's citation says "Dhariwal, Prafulla, and Alexander Nichol"; the fact sheet "Alex Nichol".
        var nichol = sg.entities().describe(Vocab.ID + "person/alex-nichol").orElseThrow();
        assertThat(nichol.incoming()).flatExtracting(r -> r.targets()).extracting(t -> t.iri())
                .contains(Vocab.ID + "paper/arxiv-2105.05233", Vocab.ID + "paper/arxiv-2102.09672");
        assertThat(sg.entities().describe(Vocab.ID + "person/alexander-nichol")).isEmpty();
        // "Aleksa GordiÄ‡" in the list is repaired and folded to the same key as the fact sheet's person.
        assertThat(sg.entities().describe(Vocab.ID + "person/aleksa-gordic").orElseThrow().label()).isEqualTo("Aleksa Gordić");
    }

    @Test
    void every_reading_list_item_records_its_source_line() {
        var survey = sg.entities().describe(Vocab.ID + "paper/arxiv-2211.07804").orElseThrow();
        assertThat(survey.provenance()).anySatisfy(p -> {
            assertThat(p.source()).isEqualTo("reading-list.md");
            assertThat(p.line()).isEqualTo(22);
        });
    }

    @Test
    void importing_the_bundle_again_changes_nothing() {
        long before = sg.store().size();
        // Through the application boundary, which also notes each source's origin on its report.
        sg.importTexts(io.studygraph.ingest.Bundle.data());
        assertThat(sg.store().size()).isEqualTo(before);
    }
}
