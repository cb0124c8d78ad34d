package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code validate} tell what each file gave: summary lines, warnings, --verbose, --report, --strict. */
class ImportReportCliTest {
    @TempDir Path work;

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reports/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Files.write(work.resolve(name), in.readAllBytes());
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = work.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void import_prints_a_summary_line_per_file_and_writes_the_report_as_json() throws IOException {
        Path report = work.resolve("report.json");

        CliRun run = run("import", "--report", report.toString(), fixture("gcn.ttl").toString(), fixture("counts.bib").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("gcn.ttl: 5 triples -> 1 entity (1 new, 0 merged), 0 skipped, 0 warnings",
                "counts.bib: 3 entries -> 6 entities (5 new, 1 merged), 1 skipped, 0 warnings");
        assertThat(run.out()).doesNotContain("untitled2020");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("strict").asBoolean()).isFalse();
        assertThat(json.get("storeTriples").asLong()).isPositive();
        JsonNode bib = json.get("files").get(1);
        assertThat(bib.get("source").asText()).isEqualTo("counts.bib");
        assertThat(bib.get("entries").asInt()).isEqualTo(3);
        assertThat(bib.get("added").asInt()).isEqualTo(5);
        assertThat(bib.get("merged").asInt()).isEqualTo(1);
        assertThat(bib.get("skipped").get(0).asText()).isEqualTo("line 15: entry untitled2020 has no title");
    }

    @Test
    void verbose_lists_each_skipped_entry_with_its_line() throws IOException {
        CliRun run = run("import", "--verbose", fixture("counts.bib").toString());

        assertThat(run.out()).contains("  skipped line 15: entry untitled2020 has no title");
    }

    @Test
    void a_bad_entry_is_left_out_with_a_warning_on_stderr_naming_file_and_line() throws IOException {
        CliRun run = run("import", fixture("one-bad-paper.ttl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("one-bad-paper.ttl: ", "1 warning");
        assertThat(run.err()).contains("warning: one-bad-paper.ttl line 5: paper/untitled");
        CliRun stored = run("query", "ASK { ?p sg:arxivId \"1706.03762\" }");
        assertThat(stored.out().strip()).isEqualTo("yes");
    }

    @Test
    void strict_refuses_the_file_in_one_line_and_stores_nothing_of_it() throws IOException {
        CliRun run = run("import", "--strict", fixture("one-bad-paper.ttl").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: one-bad-paper.ttl line 5: ").doesNotContain("Exception", "at io.");
        CliRun stored = run("query", "ASK { ?p sg:arxivId \"1706.03762\" }");
        assertThat(stored.out().strip()).isEqualTo("no");
    }

    @Test
    void a_file_without_entries_warns_even_without_verbose() throws IOException {
        Path badges = Files.writeString(work.resolve("badges.md"), "# Notes\n\n* ![build](https://img.shields.io/badge/build-passing-green.svg)\n");

        CliRun run = run("import", badges.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: badges.md: no entries found: is this a reading list?");
    }

    @Test
    void validate_prints_the_same_report_and_stores_nothing() throws IOException {
        CliRun run = run("validate", fixture("one-bad-paper.ttl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: one-bad-paper.ttl line 5: paper/untitled");
        assertThat(run("query", "ASK { ?p sg:arxivId \"1706.03762\" }").out().strip()).isEqualTo("no");
    }
}
