package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.SEARCHABLE_CLASSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Sparql;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet counts of a search are the counts SPARQL gives for the same filters over the store:
 * by kind (rdf:type), by year (the earliest schema:datePublished) and by concept (what an entity
 * mentions, is about or explains).
 */
class FacetCountsTest {
    private static final String KINDS = """
            ("paper" schema:ScholarlyArticle) ("paper" schema:Chapter) ("book" schema:Book)
            ("tutorial" sg:Tutorial) ("tutorial" schema:BlogPosting) ("video" schema:VideoObject)
            ("repo" schema:SoftwareSourceCode) ("question" schema:QAPage) ("concept" skos:Concept)
            ("concept" schema:DefinedTerm) ("person" schema:Person) ("org" schema:Organization)""";
    private static final Query BY_KIND = Sparql.parse("""
            SELECT ?value (COUNT(DISTINCT ?e) AS ?count) WHERE {
              VALUES (?value ?class) { %s }
              ?e a ?class FILTER isIRI(?e)
            } GROUP BY ?value""".formatted(KINDS));
    private static final String FIRST_YEARS = """
            SELECT ?value (COUNT(?e) AS ?count) WHERE {
              { SELECT ?e (MIN(STR(?date)) AS ?first) WHERE {
                  VALUES (?kind ?class) { %s }
                  ?e a ?class ; schema:datePublished ?date FILTER isIRI(?e) %%s
                } GROUP BY ?e }
              FILTER REGEX(?first, "^[0-9]{4}")
              BIND (SUBSTR(?first, 1, 4) AS ?value)
            } GROUP BY ?value""".formatted(KINDS);
    private static final Query BY_YEAR = Sparql.parse(FIRST_YEARS.formatted(""));
    private static final Query PAPERS_BY_YEAR = Sparql.parse(FIRST_YEARS.formatted("FILTER (?kind = \"paper\")"));
    private static final Query BY_CONCEPT = Sparql.parse("""
            SELECT ?value (COUNT(DISTINCT ?e) AS ?count) WHERE {
              VALUES ?class { %s }
              VALUES ?p { schema:mentions schema:about sg:explains }
              ?e a ?class ; ?p ?c . ?c a skos:Concept ; skos:prefLabel ?value
            } GROUP BY ?value""".formatted(SEARCHABLE_CLASSES));
    private static final Query KINDS_IN_YEAR = Sparql.parse("""
            SELECT ?value (COUNT(DISTINCT ?e) AS ?count) WHERE {
              VALUES (?value ?class) { %s }
              ?e a ?class
              { SELECT ?e (MIN(STR(?date)) AS ?first) WHERE { ?e schema:datePublished ?date } GROUP BY ?e }
              FILTER STRSTARTS(?first, ?year)
            } GROUP BY ?value""".formatted(KINDS));

    @TempDir static Path dataDir;
    private static StudyGraph sg;

    @BeforeAll
    static void open() {
        sg = StudyGraph.open(dataDir);
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    @Test
    void everything_by_kind_counts_what_sparql_counts_by_type() {
        Map<String, Integer> kinds = facet(search("*", null, null), "kind");

        assertThat(kinds).isEqualTo(counts(BY_KIND, Map.of()));
        assertThat(kinds).containsEntry("paper", 7).containsEntry("video", 5);
    }

    @Test
    void everything_by_year_counts_what_sparql_counts_by_first_publication_year() {
        Map<String, Integer> years = facet(search("*", null, null), "year");

        assertThat(years).isEqualTo(counts(BY_YEAR, Map.of())).containsKeys("2020", "2021", "2022");
    }

    @Test
    void papers_by_year_count_what_sparql_counts_for_papers() {
        SearchResult papers = search("*", "paper", null);

        assertThat(facet(papers, "year")).isEqualTo(counts(PAPERS_BY_YEAR, Map.of()));
        assertThat(facet(papers, "kind")).containsOnlyKeys("paper");
        assertThat(papers.total()).isEqualTo(counts(BY_KIND, Map.of()).get("paper").longValue());
    }

    @Test
    void one_year_by_kind_counts_what_sparql_counts_for_that_year() {
        SearchResult year2022 = search("*", null, "2022");

        assertThat(facet(year2022, "kind"))
                .isEqualTo(counts(KINDS_IN_YEAR, Map.of("year", NodeFactory.createLiteralString("2022"))));
        assertThat(facet(year2022, "year")).containsOnlyKeys("2022");
    }

    @Test
    void everything_by_concept_counts_what_sparql_counts_of_mentions() {
        Map<String, Integer> concepts = facet(search("*", null, null), "concept");

        assertThat(concepts).isEqualTo(counts(BY_CONCEPT, Map.of())).containsKeys("Classifier guidance", "FID");
    }

    @Test
    void facets_count_every_match_not_just_the_page_and_sum_to_the_total() {
        SearchResult onePage = sg.search().search(new SearchRequest("diffusion", null, null, null, 1, 0));
        SearchResult allPages = sg.search().search(new SearchRequest("diffusion", null, null, null, 100, 0));

        assertThat(onePage.hits()).hasSize(1);
        assertThat(onePage.facets()).isEqualTo(allPages.facets());
        assertThat(facet(onePage, "kind").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(onePage.total())
                .isEqualTo(allPages.hits().size());
    }

    @Test
    void the_kind_facet_of_a_filtered_text_search_counts_the_hits_of_each_kind() {
        SearchResult all = search("guidance", null, null);

        for (Map.Entry<String, Integer> kind : facet(all, "kind").entrySet()) {
            SearchResult filtered = search("guidance", kind.getKey(), null);
            assertThat(filtered.total()).as("guidance in %s", kind.getKey()).isEqualTo(kind.getValue().longValue());
            assertThat(filtered.hits()).extracting(SearchResult.Hit::kind).containsOnly(kind.getKey());
        }
    }

    @Test
    void importing_a_second_list_moves_the_facets_with_the_store() {
        try (StudyGraph other = StudyGraph.open(dataDir.resolve("second"))) {
            other.importFiles(List.of(SearchFixtures.transformersList()));
            SearchResult all = other.search().search(new SearchRequest("*", null, null, null, 10, 0));

            assertThat(facet(all, "kind")).isEqualTo(counts(other, BY_KIND));
            assertThat(facet(all, "year")).isEqualTo(counts(other, BY_YEAR)).containsKeys("2014", "2016", "2017");
            assertThat(facet(all, "kind").get("paper")).isGreaterThan(facet(search("*", null, null), "kind").get("paper"));
        }
    }

    private static SearchResult search(String q, String kind, String year) {
        return sg.search().search(new SearchRequest(q, kind, year, null, 10, 0));
    }

    private static Map<String, Integer> facet(SearchResult result, String dimension) {
        Map<String, Integer> counts = new TreeMap<>();
        result.facets().get(dimension).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    private static Map<String, Integer> counts(Query query, Map<String, Node> bindings) {
        return counts(sg, query, bindings);
    }

    private static Map<String, Integer> counts(StudyGraph graph, Query query) {
        return counts(graph, query, Map.of());
    }

    private static Map<String, Integer> counts(StudyGraph graph, Query query, Map<String, Node> bindings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (QuerySolution row : Sparql.select(graph.store(), query, bindings)) {
            counts.put(row.getLiteral("value").getLexicalForm(), row.getLiteral("count").getInt());
        }
        return counts;
    }
}
