package io.studygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.graph.Vocab;
import io.studygraph.ingest.ImportException;
import io.studygraph.search.SearchRequest;
import io.studygraph.search.SearchResult;
import io.studygraph.sparql.SparqlService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import large enough for the bulk path (here: any, with the minimum at one triple) leaves the
 * store and the index as the difference path does, and leaves both untouched when it fails.
 */
class BulkImportTest {
    /** Past the index's rebuild threshold (2,000 documents), so the index is rebuilt from the imported graphs. */
    private static final int PAPERS = 2100;

    /** Papers with authors in order, a venue the bundle describes and words to search for. */
    private static String papers(int n, String word) {
        StringBuilder nt = new StringBuilder();
        String schema = "https://schema.org/", id = "https://w3id.org/studygraph/id/";
        for (int i = 0; i < n; i++) {
            String paper = "<" + id + "paper/arxiv-9999." + String.format("%05d", i) + ">";
            String author = "<" + id + "person/author-" + (i % 17) + ">";
            nt.append(paper).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <").append(schema).append("ScholarlyArticle> .\n");
            nt.append(paper).append(" <").append(schema).append("name> \"A ").append(word).append(" study number ").append(i).append("\" .\n");
            nt.append(paper).append(" <").append(schema).append("author> ").append(author).append(" .\n");
            nt.append(paper).append(" <https://w3id.org/studygraph/ontology#venue> <").append(id).append("org/openai> .\n");
            nt.append(author).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <").append(schema).append("Person> .\n");
            nt.append(author).append(" <").append(schema).append("name> \"Author ").append(i % 17).append("\" .\n");
        }
        return nt.toString();
    }

    private static StudyGraph open(Path dir, long bulkMinimum) {
        return StudyGraph.open(dir, SparqlService.Limits.DEFAULT, bulkMinimum);
    }

    /** Every graph but the import reports, whose timestamps differ from run to run. */
    private static Map<String, Model> graphs(StudyGraph sg) {
        Map<String, Model> out = new TreeMap<>();
        for (String g : sg.store().graphNames()) if (!g.startsWith(Vocab.REPORT)) out.put(g, sg.store().graph(g));
        return out;
    }

    /** The hits of a query that few entities match, with what each shows. */
    private static List<String> hits(StudyGraph sg, String q) {
        SearchResult result = sg.search().search(new SearchRequest(q, null, null, null, 100, 0));
        return result.hits().stream().map(h -> h.iri() + " " + h.label() + " " + h.people()).sorted().toList();
    }

    private static long total(StudyGraph sg, String q) {
        return sg.search().search(new SearchRequest(q, null, null, null, 1, 0)).total();
    }

    private static Path file(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void the_bulk_path_leaves_the_store_and_index_the_difference_path_leaves(@TempDir Path dir) throws Exception {
        Path data = file(dir, "papers.nt", papers(PAPERS, "lanternfish"));
        try (StudyGraph diff = open(dir.resolve("diff"), Long.MAX_VALUE); StudyGraph bulk = open(dir.resolve("bulk"), 1)) {
            diff.importFiles(List.of(data));
            bulk.importFiles(List.of(data));
            Map<String, Model> expected = graphs(diff), actual = graphs(bulk);
            assertThat(actual.keySet()).isEqualTo(expected.keySet()).contains(Vocab.sourceGraph("papers.nt").getURI());
            expected.forEach((g, model) -> assertThat(actual.get(g).isIsomorphicWith(model)).as(g).isTrue());
            assertThat(bulk.store().size()).isEqualTo(diff.store().size());
            assertThat(bulk.store().generation()).isEqualTo(diff.store().generation());
            assertThat(total(bulk, "lanternfish")).isEqualTo(PAPERS).isEqualTo(total(diff, "lanternfish"));
            assertThat(total(bulk, "\"Author 3\"")).isGreaterThan(PAPERS / 17).isEqualTo(total(diff, "\"Author 3\""));
            assertThat(hits(bulk, "\"number 42\"")).hasSize(1).isEqualTo(hits(diff, "\"number 42\""));
            assertThat(hits(bulk, "openai")).isEqualTo(hits(diff, "openai"));
            assertThat(bulk.index().size()).isEqualTo(diff.index().size());
        }
        // The swapped-in store and its index open as current: nothing to rebuild, same hits.
        try (StudyGraph reopened = open(dir.resolve("bulk"), 1)) {
            assertThat(total(reopened, "lanternfish")).isEqualTo(PAPERS);
        }
    }

    @Test
    void importing_the_file_again_after_a_bulk_import_changes_nothing(@TempDir Path dir) throws Exception {
        Path data = file(dir, "papers.nt", papers(PAPERS, "lanternfish"));
        try (StudyGraph sg = open(dir.resolve("data"), 1)) {
            sg.importFiles(List.of(data));
            Map<String, Model> first = graphs(sg);
            long size = sg.store().size(), generation = sg.store().generation();
            List<String> hits = hits(sg, "\"number 42\"");
            sg.importFiles(List.of(data));
            Map<String, Model> second = graphs(sg);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            first.forEach((g, model) -> assertThat(second.get(g).isIsomorphicWith(model)).as(g).isTrue());
            assertThat(sg.store().size()).isEqualTo(size);
            assertThat(sg.store().generation()).isGreaterThan(generation);
            assertThat(hits(sg, "\"number 42\"")).hasSize(1).isEqualTo(hits);
            assertThat(total(sg, "lanternfish")).isEqualTo(PAPERS);
        }
    }

    @Test
    void a_bad_file_in_a_bulk_batch_leaves_the_store_and_the_index_as_they_were(@TempDir Path dir) throws Exception {
        Path data = file(dir, "papers.nt", papers(PAPERS, "lanternfish"));
        Path more = file(dir, "more.nt", papers(PAPERS, "hagfish"));
        Path bad = file(dir, "bad.nt", "<http://example.org/a> <http://example.org/b> \"unterminated .\n");
        try (StudyGraph sg = open(dir.resolve("data"), 1)) {
            sg.importFiles(List.of(data));
            long size = sg.store().size(), generation = sg.store().generation();
            int indexed = sg.index().size();
            assertThatThrownBy(() -> sg.importFiles(List.of(more, bad))).isInstanceOf(ImportException.class);
            assertThat(sg.store().size()).isEqualTo(size);
            assertThat(sg.store().generation()).isEqualTo(generation);
            assertThat(sg.index().size()).isEqualTo(indexed);
            assertThat(total(sg, "hagfish")).isZero();
            assertThat(total(sg, "lanternfish")).isEqualTo(PAPERS);
        }
    }
}
