package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;

/**
 * Where sources disagree on an author list, a date or a title, the union graph holds one value, chosen by
 * the sources' precedence whatever the order of imports; the others stay, as variants, in their
 * own sources' graphs, and come back when the source before them goes.
 */
class PrecedenceTest {
    private static final String DISCRIMINATOR_GUIDANCE = Vocab.ID + "paper/arxiv-2211.17091";
    private static final String BEAT_GANS = Vocab.ID + "paper/arxiv-2105.05233";
    private static final String THINGS = Vocab.ID + "paper/arxiv-1901.00001";

    private static final String BIB = """
            @article{alpha2019things,
              title = {A Study of Things},
              author = {Alpha, Ann and Beta, Bob},
              year = {2019},
              eprint = {1901.00001},
              archivePrefix = {arXiv}
            }
            """;
    private static final String LIST = """
            # Reading
            * "A Study of Things" by Ann Alpha, Bob Beta and Cy Gamma (2019-03-04)
              https://arxiv.org/abs/1901.00001
            """;

    private static List<QuerySolution> rows(StudyGraph sg, String query, String iri) {
        return Sparql.select(sg.store(), Sparql.parse(query), Map.of("e", org.apache.jena.graph.NodeFactory.createURI(iri)));
    }

    private static List<List<String>> authorLists(StudyGraph sg, String iri, String property) {
        return rows(sg, "SELECT ?l (GROUP_CONCAT(STR(?m); separator=' ') AS ?members) WHERE { ?e " + property
                + " ?l . ?l rdf:rest*/rdf:first ?m } GROUP BY ?l", iri).stream()
                .map(r -> List.of(r.getLiteral("members").getString().split(" "))).toList();
    }

    /** The literal values of {@code property} on the entity, in the union. */
    private static Set<String> values(StudyGraph sg, String iri, String property) {
        return Set.copyOf(rows(sg, "SELECT ?d WHERE { ?e " + property + " ?d }", iri).stream().map(r -> r.getLiteral("d").getLexicalForm()).toList());
    }

    @Test
    void on_the_bundled_list_each_work_has_one_author_list_the_curated_one_and_the_list_keeps_its_own_as_a_variant() {
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            assertThat(Sparql.select(sg.store(), Sparql.parse(
                    "SELECT ?e WHERE { ?e bibo:authorList ?l } GROUP BY ?e HAVING (COUNT(DISTINCT ?l) > 1)"), Map.of())).isEmpty();
            // The list names four authors, the curated facts five.
            assertThat(authorLists(sg, DISCRIMINATOR_GUIDANCE, "bibo:authorList")).singleElement().asList().hasSize(5);
            assertThat(rows(sg, "SELECT ?g WHERE { GRAPH ?g { ?e sg:variantAuthorList ?l } }", DISCRIMINATOR_GUIDANCE))
                    .extracting(r -> r.getResource("g").getURI()).containsExactly(Vocab.SOURCE + "reading-list.md");
            assertThat(authorLists(sg, DISCRIMINATOR_GUIDANCE, "sg:variantAuthorList")).singleElement().asList().hasSize(4);
            // "(2021)" in the list, 11 May 2021 in the curated facts: one date, the other a variant.
            assertThat(values(sg, BEAT_GANS, "schema:datePublished")).containsExactly("2021-05-11");
            assertThat(values(sg, BEAT_GANS, "sg:variantDate")).containsExactly("2021");
        }
    }

    @Test
    void a_bibliographic_record_comes_before_a_list_in_either_order_and_the_list_returns_when_the_record_goes() {
        for (boolean bibFirst : new boolean[] {true, false}) {
            try (StudyGraph sg = StudyGraph.inMemory(false)) {
                if (bibFirst) {
                    sg.importTexts(Map.of("things.bib", BIB));
                    sg.importTexts(Map.of("things.md", LIST));
                } else {
                    sg.importTexts(Map.of("things.md", LIST));
                    sg.importTexts(Map.of("things.bib", BIB));
                }
                // The record's two authors beat the list's three: it is the bibliographic source.
                assertThat(authorLists(sg, THINGS, "bibo:authorList")).as("bib first: %s", bibFirst).singleElement().asList().hasSize(2);
                assertThat(authorLists(sg, THINGS, "sg:variantAuthorList")).singleElement().asList().hasSize(3);
                assertThat(values(sg, THINGS, "schema:datePublished")).containsExactly("2019");
                assertThat(values(sg, THINGS, "sg:variantDate")).containsExactly("2019-03-04");
                assertThat(sg.entities().describe(THINGS).orElseThrow().authors()).hasSize(2);

                sg.store().removeGraphs(Set.of(Vocab.SOURCE + "things.bib"));
                new Precedence(sg.store()).settle();
                assertThat(authorLists(sg, THINGS, "bibo:authorList")).singleElement().asList().hasSize(3);
                assertThat(authorLists(sg, THINGS, "sg:variantAuthorList")).isEmpty();
                assertThat(values(sg, THINGS, "schema:datePublished")).containsExactly("2019-03-04");
            }
        }
    }

    @Test
    void an_import_may_rank_its_source_itself_and_the_next_import_of_it_without_a_rank_returns_to_the_file_type() {
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            sg.importTexts(Map.of("things.bib", BIB));
            sg.importTexts(Map.of("things.md", LIST), io.studygraph.ingest.Validation.LENIENT, Precedence.Rank.CURATED);
            // The list, ranked as curated facts, now comes before the record: its three authors are the work's.
            assertThat(authorLists(sg, THINGS, "bibo:authorList")).singleElement().asList().hasSize(3);
            assertThat(values(sg, THINGS, "schema:datePublished")).containsExactly("2019-03-04");
            sg.importTexts(Map.of("things.md", LIST));
            assertThat(authorLists(sg, THINGS, "bibo:authorList")).singleElement().asList().hasSize(2);
        }
        assertThat(Precedence.Rank.named(" Records ")).contains(Precedence.Rank.RECORDS);
        assertThat(Precedence.Rank.named("best")).isEmpty();
    }

    @Test
    void a_title_is_the_records_in_either_order_the_lists_is_a_variant_and_every_work_has_one_name() {
        String bib = BIB.replace("A Study of Things", "Things: Theory and Practice");
        String list = LIST.replace("\"A Study of Things\"", "\"A study of things\"");
        for (boolean bibFirst : new boolean[] {true, false}) {
            try (StudyGraph sg = StudyGraph.inMemory(true)) {
                for (var source : bibFirst ? List.of(Map.of("things.bib", bib), Map.of("things.md", list))
                        : List.of(Map.of("things.md", list), Map.of("things.bib", bib))) sg.importTexts(source);
                assertThat(values(sg, THINGS, "schema:name")).as("bib first: %s", bibFirst).containsExactly("Things: Theory and Practice");
                assertThat(values(sg, THINGS, "sg:variantName")).containsExactly("A study of things");
                assertThat(sg.entities().describe(THINGS).orElseThrow().label()).isEqualTo("Things: Theory and Practice");
                // Each source still says what it said: the list's title is in the list's graph.
                assertThat(rows(sg, "SELECT ?g WHERE { GRAPH ?g { ?e sg:variantName ?n } }", THINGS))
                        .extracting(r -> r.getResource("g").getURI()).containsExactly(Vocab.SOURCE + "things.md");
                assertThat(Sparql.select(sg.store(), Sparql.parse(
                        "SELECT ?e WHERE { ?e schema:name ?n } GROUP BY ?e HAVING (COUNT(DISTINCT ?n) > 1)"), Map.of())).as("names").isEmpty();
                // Found by the list's words too.
                assertThat(sg.search().search(new io.studygraph.search.SearchRequest("study", null, null, null, 10, 0)).hits())
                        .extracting(h -> h.iri()).contains(THINGS);
                sg.store().removeGraphs(Set.of(Vocab.SOURCE + "things.bib"));
                new Precedence(sg.store()).settle();
                assertThat(values(sg, THINGS, "schema:name")).containsExactly("A study of things");
            }
        }
    }

    @Test
    void the_curated_facts_name_a_paper_whatever_a_later_record_calls_it() {
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            sg.importTexts(Map.of("beat.bib", """
                    @inproceedings{dhariwal2021,
                      title = {Diffusion models beat {GAN}s on image synthesis},
                      author = {Dhariwal, Prafulla and Nichol, Alex},
                      booktitle = {NeurIPS},
                      year = {2021},
                      eprint = {2105.05233},
                      archivePrefix = {arXiv}
                    }
                    """));
            assertThat(values(sg, BEAT_GANS, "schema:name")).containsExactly("Diffusion Models Beat GANs on Image Synthesis");
            assertThat(values(sg, BEAT_GANS, "sg:variantName")).contains("Diffusion models beat GANs on image synthesis");
            // Another source's title in other case only is not repeated on the page.
            assertThat(sg.entities().describe(BEAT_GANS).orElseThrow().literals()).noneMatch(g -> g.property().equals(Vocab.VARIANT_NAME.getURI()));
        }
    }

    @Test
    void sources_rank_curated_facts_then_bibliographic_records_then_list_text() {
        assertThat(Precedence.rank(Vocab.SOURCE + "enrichment.ttl")).isLessThan(Precedence.rank(Vocab.SOURCE + "zotero.bib"));
        assertThat(Precedence.rank(Vocab.SOURCE + "zotero.ris")).isEqualTo(Precedence.rank(Vocab.SOURCE + "zotero.bib"));
        assertThat(Precedence.rank(Vocab.SOURCE + "zotero.bib")).isLessThan(Precedence.rank(Vocab.SOURCE + "reading-list.md"));
        assertThat(Precedence.rank(Vocab.DERIVED + "scigraph.ttl")).isEqualTo(Precedence.rank(Vocab.SOURCE + "enrichment.ttl"));
    }
}
