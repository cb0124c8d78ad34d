package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.assertIndexMatchesStore;
import static io.studygraph.search.SearchFixtures.forgetOpenDatabase;
import static io.studygraph.search.SearchFixtures.indexedEntities;
import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.search.SearchFixtures.iris;
import static io.studygraph.search.SearchFixtures.search;
import static io.studygraph.search.SearchFixtures.withLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index holds exactly one document per searchable entity of the store, with its current
 * content, after every way the two can drift apart: imports, failed imports, restarts, a deleted
 * or corrupt index folder, an index left behind the store, and re-imports of changed files.
 */
class IndexConsistencyTest {
    private static final String REBUILDING = "rebuilding it from the store";
    private static final String BERT = iri("paper/arxiv-1810.04805");
    private static final String PREFIXES = """
            @prefix schema: <https://schema.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/studygraph/id/> .
            """;

    @TempDir Path dataDir;

    @Test
    void a_fresh_data_dir_indexes_every_searchable_entity_once() {
        var opened = withLog(() -> StudyGraph.open(dataDir));
        try (StudyGraph sg = opened.value()) {
            assertThat(opened.log()).contains("Search index is missing: " + REBUILDING);
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void importing_the_second_list_indexes_its_entities_and_nothing_twice() {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            int before = sg.index().size();

            sg.importFiles(List.of(SearchFixtures.transformersList()));

            assertIndexMatchesStore(sg);
            assertThat(sg.index().size()).isGreaterThan(before);
            assertThat(iris(search(sg, "vaswani", 10))).contains(iri("person/ashish-vaswani"), iri("paper/arxiv-1706.03762"));
        }
    }

    @Test
    void a_failed_import_changes_neither_the_store_nor_the_index() {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            Map<String, String> before = indexedEntities(sg.search());
            long triples = sg.store().size();
            String good = PREFIXES + "id:paper\\/test-good a schema:ScholarlyArticle ; schema:name \"Quokka Sampling\" .\n";
            String broken = PREFIXES + "id:paper\\/test-broken a schema:ScholarlyArticle ; schema:name \"Wombat\" , .\n";

            assertThatThrownBy(() -> sg.importTexts(Map.of("good.ttl", good, "broken.ttl", broken)))
                    .isInstanceOf(ImportException.class).hasMessageContaining("broken.ttl");

            assertThat(sg.store().size()).isEqualTo(triples);
            assertThat(indexedEntities(sg.search())).isEqualTo(before);
            assertThat(search(sg, "quokka", 10).hits()).as("the good file of the failed batch").isEmpty();
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void reopening_the_data_dir_uses_the_index_as_it_is() {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importFiles(List.of(SearchFixtures.transformersList()));
        }
        forgetOpenDatabase(dataDir);

        var reopened = withLog(() -> StudyGraph.open(dataDir));
        try (StudyGraph sg = reopened.value()) {
            assertThat(reopened.log()).doesNotContain(REBUILDING);
            assertIndexMatchesStore(sg);
            assertThat(iris(search(sg, "vaswani", 10))).contains(iri("person/ashish-vaswani"));
        }
    }

    @Test
    void a_deleted_index_folder_is_rebuilt_on_the_next_open() throws IOException {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importFiles(List.of(SearchFixtures.transformersList()));
        }
        forgetOpenDatabase(dataDir);
        deleteRecursively(dataDir.resolve("index"));

        var reopened = withLog(() -> StudyGraph.open(dataDir));
        try (StudyGraph sg = reopened.value()) {
            assertThat(reopened.log()).contains("Search index is missing: " + REBUILDING)
                    .contains("Indexed " + sg.index().size() + " entities");
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void a_corrupt_index_is_discarded_and_rebuilt_on_the_next_open() throws IOException {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importFiles(List.of(SearchFixtures.transformersList()));
        }
        forgetOpenDatabase(dataDir);
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            List<Path> segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
            assertThat(segments).isNotEmpty();
            for (Path f : segments) Files.writeString(f, "this is not a Lucene segments file", StandardCharsets.UTF_8);
        }

        var reopened = withLog(() -> StudyGraph.open(dataDir));
        try (StudyGraph sg = reopened.value()) {
            assertThat(reopened.log()).contains("Search index is unreadable").contains(REBUILDING);
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void an_index_left_behind_by_a_store_write_is_rebuilt_on_the_next_open() {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            // As if the process stopped after the store committed an import and before the index did.
            sg.importer().importFiles(List.of(SearchFixtures.transformersList()));
            assertThat(iris(search(sg, "vaswani", 10))).isEmpty();
        }
        forgetOpenDatabase(dataDir);

        var reopened = withLog(() -> StudyGraph.open(dataDir));
        try (StudyGraph sg = reopened.value()) {
            assertThat(reopened.log()).contains("Search index is stale").contains(REBUILDING);
            assertIndexMatchesStore(sg);
            assertThat(iris(search(sg, "vaswani", 10))).contains(iri("person/ashish-vaswani"));
        }
    }

    @Test
    void re_importing_a_changed_list_drops_the_entities_it_no_longer_has() {
        String list = SearchFixtures.transformersText();
        String withoutBert = list.replaceAll("(?s)\\*  BERT:.*?(?=\\n\\* Linear)", "");
        assertThat(withoutBert).doesNotContain("BERT").contains("Linear Transformers");
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importTexts(Map.of("transformers.md", list));
            assertThat(iris(search(sg, "bert", 10))).contains(BERT);

            sg.importTexts(Map.of("transformers.md", withoutBert));

            assertThat(iris(search(sg, "bert", 10))).doesNotContain(BERT, iri("repo/github-google-research-bert"));
            assertThat(iris(search(sg, "devlin", 10))).doesNotContain(iri("person/jacob-devlin"));
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void renaming_a_person_renames_them_in_the_works_that_cite_them() {
        String paper = iri("paper/test-lanterns");
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importTexts(Map.of("works.ttl", works("Ada Quillfeather")));
            assertThat(iris(search(sg, "quillfeather", 10))).contains(iri("person/test-ada"), paper);

            sg.importTexts(Map.of("works.ttl", works("Ada Thistlewood")));

            assertThat(iris(search(sg, "thistlewood", 10))).contains(iri("person/test-ada"), paper);
            assertThat(iris(search(sg, "quillfeather", 10))).doesNotContain(iri("person/test-ada"), paper);
            SearchResult.Hit hit = search(sg, "lanterns", 1).hits().get(0);
            assertThat(hit.iri()).isEqualTo(paper);
            assertThat(hit.people()).containsExactly("Ada Thistlewood");
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void renaming_a_concept_in_its_own_file_renames_it_in_the_works_of_other_files() {
        String paper = iri("paper/test-lanterns");
        String mentioning = works("Ada Quillfeather") + "id:paper\\/test-lanterns schema:mentions id:concept\\/test-glow .\n";
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importTexts(Map.of("glossary.ttl", concept("Moth attraction"), "works.ttl", mentioning));
            assertThat(iris(search(sg, "moth", 10))).contains(iri("concept/test-glow"), paper);

            sg.importTexts(Map.of("glossary.ttl", concept("Phototaxis")));

            assertThat(iris(search(sg, "phototaxis", 10))).contains(iri("concept/test-glow"), paper);
            assertThat(iris(search(sg, "moth", 10))).doesNotContain(paper);
            assertThat(sg.search().search(new SearchRequest("*", null, null, "Phototaxis", 10, 0)).hits())
                    .extracting(SearchResult.Hit::iri).containsExactly(paper);
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void a_file_that_only_adds_names_to_an_entity_typed_elsewhere_refreshes_it() {
        String beatGans = iri("paper/arxiv-2105.05233");
        String extra = PREFIXES + "id:paper\\/arxiv-2105.05233 skos:altLabel \"Zebrafinch Sampler\" .\n";
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importTexts(Map.of("nicknames.ttl", extra));
            assertThat(iris(search(sg, "zebrafinch", 10))).containsExactly(beatGans);

            sg.importTexts(Map.of("nicknames.ttl", PREFIXES));
            assertThat(iris(search(sg, "zebrafinch", 10))).doesNotContain(beatGans);
            assertIndexMatchesStore(sg);
        }
    }

    @Test
    void a_year_whose_only_item_was_re_imported_away_is_unknown_again() {
        String dated = PREFIXES + "id:paper\\/test-old a schema:ScholarlyArticle ; schema:name \"An Old Paper\" ;"
                + " schema:datePublished \"1999-03-01\"^^xsd:date .\n";
        String other = PREFIXES + "id:paper\\/test-other a schema:ScholarlyArticle ; schema:name \"Another Paper\" .\n";
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.importTexts(Map.of("dated.ttl", dated, "other.ttl", other));
            assertThat(sg.search().search(new SearchRequest("*", null, "1999", null, 10, 0)).total()).isEqualTo(1);

            sg.importTexts(Map.of("dated.ttl", PREFIXES));

            assertThatThrownBy(() -> sg.search().search(new SearchRequest("*", null, "1999", null, 10, 0)))
                    .isInstanceOf(BadQueryException.class).hasMessageContaining("1999");
            assertThat(search(sg, "*", 10).facets().get("year")).extracting(SearchResult.FacetValue::value).doesNotContain("1999");
            assertIndexMatchesStore(sg);
        }
    }

    private static String works(String author) {
        return PREFIXES + """
                id:paper\\/test-lanterns a schema:ScholarlyArticle ; schema:name "Lanterns for Sampling" ;
                    schema:author id:person\\/test-ada .
                id:person\\/test-ada a schema:Person ; schema:name "%s" .
                """.formatted(author);
    }

    private static String concept(String label) {
        return PREFIXES + "id:concept\\/test-glow a skos:Concept ; skos:prefLabel \"" + label + "\" .\n";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        assertThat(dir).doesNotExist();
    }
}
