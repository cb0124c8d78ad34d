package io.studygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
