package io.studygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Validation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small graph and reports ratios; it asserts no speed. */
class BenchmarkTest {

    @Test
    void a_small_run_reports_every_measurement_as_a_ratio_and_cleans_up(@TempDir Path dir) throws Exception {
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        StringWriter text = new StringWriter();
        Benchmarks.run(scratch, 3000, 3, new PrintWriter(text, true));
        String report = text.toString();
        assertThat(report).contains("entities indexed", "entity search", "autocomplete", "entity view", "shortest paths");
        assertThat(report.lines().filter(l -> l.matches(".*\\d+\\.\\d\\dx .*"))).hasSize(4);
        assertThat(Files.exists(scratch)).isFalse();
    }

    @Test
    void the_synthetic_graph_is_the_same_for_the_same_seed() {
        var a = SyntheticGraph.generate(2000, 1);
        var b = SyntheticGraph.generate(2000, 1);
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.size()).isBetween(1500, 2500);
    }

    @Test
    void the_file_written_is_n_triples_with_the_count_reported_and_the_same_bytes_for_the_same_seed(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.nt");
        Path two = dir.resolve("two.nt");
        long written = Benchmarks.generate(one, 500, 7);
        Benchmarks.generate(two, 500, 7);
        assertThat(Files.readAllLines(one)).hasSize((int) written);
        assertThat(RDFDataMgr.loadGraph(one.toString()).size()).isEqualTo(written);
        assertThat(written).isBetween(500L * SyntheticGraph.TRIPLES_PER_PAPER * 8 / 10, 500L * SyntheticGraph.TRIPLES_PER_PAPER * 12 / 10);
        assertThat(Files.mismatch(one, two)).isEqualTo(-1);
    }

    @Test
    void authorship_and_citations_are_skewed_towards_a_few_hubs() {
        Graph g = SyntheticGraph.generate(5000 * SyntheticGraph.TRIPLES_PER_PAPER, 3);
        List<Long> authored = countsByObject(g, Vocab.AUTHOR);
        List<Long> cited = countsByObject(g, Vocab.CITES);
        // Uniform picks would give the busiest author about 3 times the median; Zipf gives far more.
        assertThat(authored.get(0)).isGreaterThan(20 * authored.get(authored.size() / 2));
        assertThat(cited.get(0)).isGreaterThan(20 * cited.get(cited.size() / 2));
    }

    @Test
    void an_abstract_names_few_concepts_so_glossary_mentions_stay_a_small_part_of_the_graph() {
        // Concepts grow with the papers (one per 50), so the rate is measured at a size with 200 of them.
        Graph g = SyntheticGraph.generate(10_000 * SyntheticGraph.TRIPLES_PER_PAPER, 9);
        List<String> labels = g.find(Node.ANY, Vocab.PREF_LABEL, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        List<String> abstracts = g.find(Node.ANY, Vocab.DESCRIPTION, Node.ANY).mapWith(t -> " " + t.getObject().getLiteralLexicalForm() + " ").toList();
        long named = abstracts.stream().mapToLong(a -> labels.stream().filter(l -> a.contains(" " + l + " ")).count()).sum();
        assertThat((double) named / abstracts.size()).isLessThan(1.0);
    }

    @Test
    void the_written_graph_imports_strictly_against_the_shapes(@TempDir Path dir) {
        Path file = dir.resolve("graph.nt");
        Benchmarks.generate(file, 200, 5);
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            List<ImportResult> results = sg.importFiles(List.of(file), Validation.STRICT);
            assertThat(results).singleElement().satisfies(r -> assertThat(r.warnings()).isEmpty());
            assertThat(sg.entities().describe(SyntheticGraph.paper(150).getURI())).isPresent();
        }
    }

    @Test
    void load_fills_a_data_dir_that_search_then_finds(@TempDir Path dir) {
        Path file = dir.resolve("graph.nt");
        long written = Benchmarks.generate(file, 200, 5);
        assertThat(Benchmarks.load(dir.resolve("data"), file)).isGreaterThan(written);
        try (StudyGraph sg = StudyGraph.open(dir.resolve("data"))) {
            var result = sg.search().search(new io.studygraph.search.SearchRequest(SyntheticGraph.WORDS[0], null, null, null, 20, 0));
            assertThat(result.total()).isGreaterThan(20);
        }
    }

    private static List<Long> countsByObject(Graph g, Node property) {
        Map<Node, Long> counts = g.find(Node.ANY, property, Node.ANY).toList().stream()
                .collect(Collectors.groupingBy(org.apache.jena.graph.Triple::getObject, Collectors.counting()));
        return counts.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
