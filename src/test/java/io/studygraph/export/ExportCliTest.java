package io.studygraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studygraph export} run in-process over a data directory filled with the bundle. */
class ExportCliTest {
    @TempDir
    Path dir;

    @Test
    void export_writes_the_file_whole_and_says_so() throws Exception {
        Path out = dir.resolve("works.bib");
        CliRun run = CliRun.of("--data-dir", dir.resolve("data").toString(), "export", "--format", "bibtex", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + out, "bibtex");
        assertThat(Files.readString(out)).contains("@inproceedings{ho2020denoising,");
        assertThat(dir.resolve("works.bib.partial")).doesNotExist();

        CliRun study = CliRun.of("--data-dir", dir.resolve("data").toString(), "export", "--format", "ntriples", "--source", "study");
        assertThat(study.exitCode()).as(study.err()).isZero();
    }

    @Test
    void export_answers_help_listing_the_formats() {
        CliRun run = CliRun.of("export", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: studygraph export").contains("--format", "--source", "--out", "csl-json", "graphml");
    }

    @Test
    void an_unknown_format_or_source_is_one_line_naming_the_option() {
        CliRun format = CliRun.of("--data-dir", dir.resolve("data").toString(), "export", "--format", "docx");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err().strip()).as("told before the store opens").startsWith("error: --format: Unknown format 'docx'")
                .doesNotContain("\n").doesNotContain("Exception");
        CliRun source = CliRun.of("--data-dir", dir.resolve("data").toString(), "export", "--format", "csv", "--source", "nothing.md");
        assertThat(source.exitCode()).isEqualTo(1);
        assertThat(source.err()).contains("error: --source: No source is called 'nothing.md'", "reading-list.md").doesNotContain("Exception");
    }
}
