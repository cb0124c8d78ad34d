package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same twenty works exported as BibTeX, RIS and CSL JSON (src/test/resources/formats/) import
 * into the same nodes, with the bundled seed already in the store: a work the seed has (DDPM by its
 * arXiv id, the book and its chapter by DOI, the repository, the video) is the seed's node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BibliographicFormatsTest {
    private static final Query AUTHOR_LIST_IN_GRAPH = Sparql.parse("""
            SELECT ?person (COUNT(DISTINCT ?before) AS ?position) WHERE { GRAPH ?g {
              ?work bibo:authorList ?head .
              ?head rdf:rest* ?before .
              ?before rdf:rest* ?cell .
              ?cell rdf:first ?person .
            } } GROUP BY ?person ?cell ORDER BY ?position""");
    private static final List<String> EXPORTS = List.of("mixed.bib", "mixed.ris", "mixed.json");
    private final ImportHarness harness = new ImportHarness();
    private final Map<String, ImportResult> results = new java.util.HashMap<>();

    @BeforeAll
    void importSeedThenEachExport() {
        harness.importer.importTexts(Bundle.data());
        for (String name : EXPORTS) results.put(name, harness.importText(name, ImportHarness.resource("/formats/" + name)).get(0));
    }

    @AfterAll
    void close() {
        harness.close();
    }

    private Set<Node> works(String source) {
        Set<String> workKinds = Set.of("paper", "book", "repo", "video", "tutorial");
        return harness.entitiesOf(source).stream()
                .filter(n -> n.getURI().startsWith(Vocab.ID) && workKinds.contains(n.getURI().substring(Vocab.ID.length()).split("/")[0]))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed.bib", "mixed.ris", "mixed.json"})
    void every_record_is_read_and_the_seeds_works_are_the_seeds_nodes(String name) {
        ImportResult r = results.get(name);
        assertThat(r.entries()).isEqualTo(20);
        assertThat(r.skipped()).isEmpty();
        assertThat(works(name)).hasSize(20).contains(
                id("paper/arxiv-2006.11239"), id("paper/arxiv-2102.09672"), id("paper/arxiv-2105.05233"),
                id("book/deep-generative-modeling"), id("paper/doi-10.1007-978-3-030-93158-2-4"),
                id("repo/github-openai-guided-diffusion"), id("video/youtube-1CIpzeNxIhU"),
                // Known by arXiv's DOI alone, still the arXiv paper.
                id("paper/arxiv-2010.02502"),
                id("paper/score-based-generative-modeling-through-stochastic-differential-equations"), id("paper/doi-10.1109-cvpr.2016.90"),
                id("book/deep-learning"), id("book/reinforcement-learning-an-introduction"),
                id("tutorial/what-are-diffusion-models"), id("paper/training-recurrent-neural-networks"));
        assertThat(r.merged()).as("works and people the seed already has").isGreaterThanOrEqualTo(7);
    }

    @Test
    void the_three_exports_of_the_same_items_are_the_same_works() {
        assertThat(works("mixed.ris")).isEqualTo(works("mixed.bib"));
        assertThat(works("mixed.json")).isEqualTo(works("mixed.bib"));
    }

    /** The members of the work's bibo:authorList in one source's graph, in list order. */
    private List<Node> authorList(Node work, Node graph) {
        return Sparql.select(harness.store, AUTHOR_LIST_IN_GRAPH, Map.of("work", work, "g", graph)).stream()
                .map(row -> row.get("person").asNode()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed.bib", "mixed.ris", "mixed.json"})
    void authors_stay_in_order_and_dates_venues_abstracts_and_keywords_are_kept(String name) {
        Node source = Vocab.sourceGraph(name);
        Node attention = id("paper/arxiv-1706.03762");
        assertThat(authorList(attention, source)).as("the author list this export gives, in order").containsExactly(
                id("person/ashish-vaswani"), id("person/noam-shazeer"), id("person/niki-parmar"), id("person/jakob-uszkoreit"),
                id("person/llion-jones"), id("person/aidan-n-gomez"), id("person/lukasz-kaiser"), id("person/illia-polosukhin"));
        assertThat(harness.objects(id("paper/arxiv-1312.6114"), Vocab.DATE_PUBLISHED))
                .anySatisfy(d -> assertThat(d.getLiteralLexicalForm() + " " + d.getLiteralDatatypeURI()).endsWith("2013-12 http://www.w3.org/2001/XMLSchema#gYearMonth"));
        assertThat(harness.texts(id("paper/arxiv-1312.6114"), Vocab.ABSTRACT))
                .contains("How can we perform efficient inference and learning in directed probabilistic models?");
        assertThat(harness.objects(id("paper/arxiv-2006.11239"), Vocab.VENUE)).contains(id("org/neurips"));
        assertThat(harness.texts(id("paper/arxiv-2006.11239"), Vocab.PAGES)).contains("6840-6851");
        assertThat(harness.texts(id("paper/arxiv-2006.11239"), Vocab.schema("keywords"))).contains("diffusion", "generative models");
        assertThat(harness.objects(id("paper/doi-10.1007-978-3-030-93158-2-4"), Vocab.TYPE)).contains(Vocab.CHAPTER);
        assertThat(harness.has(id("paper/arxiv-2006.11239"), Vocab.WAS_DERIVED_FROM, source)).isTrue();
    }

    @Test
    void a_ris_record_without_er_and_an_unknown_tag_are_warnings_naming_their_lines_and_the_rest_imports() {
        String ris = """
                TY  - JOUR
                TI  - First Work Without Its End
                AU  - Doe, Jane
                PY  - 2024
                TY  - JOUR
                TI  - Second Work
                ZZ  - something no exporter writes
                PY  - 2024/05/01/
                ER  -\s
                """;
        ImportResult r = harness.importText("no-end.ris", ris).get(0);

        assertThat(r.entries()).isEqualTo(2);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 1: ").contains("no ER line"))
                .anySatisfy(w -> assertThat(w).startsWith("line 7: ").contains("unknown RIS tag ZZ"));
        assertThat(harness.texts(id("paper/second-work"), Vocab.DATE_PUBLISHED)).containsExactly("2024-05-01");
        assertThat(harness.authorList(id("paper/first-work-without-its-end"))).containsExactly(id("person/jane-doe"));
    }

    @Test
    void a_csl_item_without_a_title_is_skipped_naming_its_index_id_and_line() {
        String json = """
                [
                  {"id": "good", "type": "article-journal", "title": "A Titled Item", "issued": {"date-parts": [["2024", "2"]]}},
                  {"id": "untitled", "type": "article-journal",
                   "author": [{"family": "Doe", "given": "Jane"}]}
                ]
                """;
        ImportResult r = harness.importText("untitled.json", json).get(0);

        assertThat(r.skipped()).containsExactly("line 3: item 2 (id untitled) has no title");
        assertThat(harness.texts(id("paper/a-titled-item"), Vocab.DATE_PUBLISHED)).containsExactly("2024-02");
    }

    @Test
    void malformed_exports_are_refused_with_their_line_and_leave_the_store_as_it_was() {
        String ris = ImportHarness.resource("/formats/mixed.ris");
        String json = ImportHarness.resource("/formats/mixed.json");
        String truncatedRis = ris.substring(0, ris.indexOf("AU  - Jain, Ajay"));
        String truncatedJson = json.substring(0, json.indexOf("\"Improved Denoising"));
        String binary = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000";
        String before = io.studygraph.web.StoreDump.sha256(harness.store);

        assertThatThrownBy(() -> harness.importText("cut.ris", truncatedRis)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.ris line 1: ").hasMessageContaining("no ER line");
        assertThatThrownBy(() -> harness.importText("cut.json", truncatedJson)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(ImportHarness.lineOf(json, "\"Improved Denoising")))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> harness.importText("picture.ris", binary)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("picture.ris line 1: ");
        assertThatThrownBy(() -> harness.importText("picture.json", binary)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("picture.json line 1: ");
        assertThatThrownBy(() -> harness.importText("picture.txt", binary)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("picture.txt line 1: ");
        assertThatThrownBy(() -> harness.importText("deep.json", "[{\"title\": " + "[".repeat(5000))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("deep.json line 1: ").hasMessageContaining("nested more than 100 deep");
        assertThatThrownBy(() -> harness.importText("linked.json", "{\"@context\": \"https://schema.org/\", \"name\": \"X\"}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("name it .jsonld");
        // A batch with a good file and a bad one stores neither.
        assertThatThrownBy(() -> harness.importer.importTexts(Map.of("fine.bib", "@article{a, title = {Fine}, year = {2020}}",
                "cut.json", truncatedJson))).isInstanceOf(ImportException.class);

        assertThat(io.studygraph.web.StoreDump.sha256(harness.store)).isEqualTo(before);
    }
}
