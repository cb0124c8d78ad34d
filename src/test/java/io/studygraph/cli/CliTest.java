package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process through {@link Main#run} with its output captured. */
class CliTest {
    private static final String TITLES = "SELECT ?title WHERE { ?paper a schema:ScholarlyArticle ; schema:name ?title } ORDER BY ?title";
    private static final String BEAT_GANS = "Diffusion Models Beat GANs on Image Synthesis";
    private static final String TINY_LIST = """
            # My tiny list

            ## Papers
            * A Tiny Paper About Denoising (2023)
            arXiv: https://arxiv.org/abs/2312.09999
            """;

    /** Shared by the read-only tests: filled from the bundle once. */
    @TempDir static Path sharedDataDir;
    @TempDir Path work;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = sharedDataDir.toString();
        all[2] = "query";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void query_prints_a_table_of_the_results() {
        CliRun run = query(TITLES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| title", "\"" + BEAT_GANS + "\"");
    }

    @Test
    void query_as_csv_prints_a_header_then_one_row_per_result() {
        CliRun run = query("--format", "csv", TITLES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).first().isEqualTo("title");
        assertThat(run.out().lines()).contains(BEAT_GANS);
    }

    @Test
    void query_as_json_prints_sparql_results_json() throws IOException {
        CliRun run = query("--format", "json", TITLES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertThat(results.get("head").get("vars").get(0).asText()).isEqualTo("title");
        assertThat(results.get("results").get("bindings").findValuesAsText("value")).contains(BEAT_GANS);
    }

    @Test
    void query_speaks_every_format_of_the_endpoint() {
        assertThat(query("--format", "xml", TITLES).out()).contains("<sparql", BEAT_GANS);
        assertThat(query("--format", "tsv", TITLES).out().lines()).first().isEqualTo("?title");
        String construct = "CONSTRUCT { ?p schema:name ?t } WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t }";
        assertThat(query(construct).out()).contains("schema:name");
        assertThat(query("--format", "nt", construct).out()).contains("<https://schema.org/name>");
        assertThat(query("--format", "jsonld", construct).out()).contains("@id");
        CliRun wrong = query("--format", "turtle", TITLES);
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("turtle");
    }

    @Test
    void ask_prints_yes_or_no() {
        assertThat(query("ASK { ?p schema:name \"Alex Nichol\" }").out().strip()).isEqualTo("yes");
        assertThat(query("ASK { ?p schema:name \"Nobody At All\" }").out().strip()).isEqualTo("no");
    }

    @Test
    void the_data_dir_option_also_works_after_the_subcommand(@TempDir Path dataDir) {
        CliRun run = run("query", "--data-dir", dataDir.toString(), "ASK { ?p schema:name \"Alex Nichol\" }");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("yes");
        assertThat(dataDir.resolve("tdb")).isDirectory();
    }

    @Test
    void importing_a_reading_list_reports_triples_and_entities_and_stores_them() throws IOException {
        Path list = write("tiny-list.md", TINY_LIST);
        String dataDir = work.resolve("data").toString();

        CliRun run = run("--data-dir", dataDir, "import", list.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher result = Pattern.compile("tiny-list\\.md: \\d+ entr(y|ies) -> (\\d+) entities \\((\\d+) new, \\d+ merged\\), 0 skipped, 0 warnings")
                .matcher(run.out());
        assertThat(result.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(result.group(2))).isPositive();
        assertThat(Integer.parseInt(result.group(3))).isPositive();
        assertThat(run.out()).containsPattern("store: \\d+ triples");
        CliRun stored = run("--data-dir", dataDir, "query", "ASK { ?p sg:arxivId \"2312.09999\" ; schema:name ?title }");
        assertThat(stored.out().strip()).isEqualTo("yes");
    }

    @Test
    void importing_the_same_list_twice_leaves_the_store_size_unchanged() throws IOException {
        Path list = write("tiny-list.md", TINY_LIST);
        String dataDir = work.resolve("data").toString();

        CliRun first = run("--data-dir", dataDir, "import", list.toString());
        CliRun second = run("--data-dir", dataDir, "import", list.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(storeSize(second)).isEqualTo(storeSize(first));
    }

    @Test
    void validate_accepts_a_valid_file() throws IOException {
        Path valid = write("valid.ttl", "@prefix schema: <https://schema.org/> .\n"
                + "<https://w3id.org/studygraph/id/paper/test-valid> a schema:ScholarlyArticle ; schema:name \"Valid\" .\n");

        CliRun run = run("--data-dir", work.resolve("data").toString(), "validate", valid.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid.ttl: 4 triples -> 1 entity (1 new, 0 merged), 0 skipped, 0 warnings", "nothing was stored");
    }

    @Test
    void validate_rejects_broken_turtle_naming_the_file_and_line() throws IOException {
        Path broken = write("broken.ttl", "@prefix schema: <https://schema.org/> .\n\n"
                + "<https://w3id.org/studygraph/id/paper/test-broken> schema:name \"Broken\" , .\n");

        CliRun run = run("--data-dir", work.resolve("data").toString(), "validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.ttl line 3");
        assertThat(run.out()).doesNotContain("valid");
    }

    @Test
    void importing_a_missing_file_fails_saying_so() {
        CliRun run = run("--data-dir", work.resolve("data").toString(), "import", work.resolve("missing.md").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("missing.md", "no such file");
    }

    @Test
    void a_bad_query_fails_naming_line_and_column() {
        CliRun run = query("SELECT ?s WHERE {\n  ?s ?p }");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 2", "column");
        assertThat(run.err()).doesNotContain("at io.studygraph", "Exception");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error() {
        CliRun run = run("--data-dir", work.resolve("data").toString(), "frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    private static long storeSize(CliRun run) {
        Matcher m = Pattern.compile("store: (\\d+) triples").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void every_command_answers_help_as_the_readme_promises() {
        for (String command : new String[] {"serve", "import", "query", "search", "reindex", "bench", "validate"}) {
            CliRun run = run(command, "--help");

            assertThat(run.exitCode()).as("%s --help: %s", command, run.err()).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: studygraph " + command).contains("--help");
            assertThat(run.err()).as(command).doesNotContain("Unknown option");
        }
        assertThat(run("serve", "--help").out()).contains("--host", "--max-import-bytes", "127.0.0.1");
    }

    @Test
    void serve_on_an_unknown_host_or_a_taken_port_says_so_in_one_line() throws IOException {
        CliRun unknown = run("--data-dir", work.resolve("data").toString(), "serve", "--host", "no-such-host.invalid");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("--host no-such-host.invalid is not an address of this machine");

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun busy = run("--data-dir", work.resolve("data").toString(), "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.err().strip().lines().reduce((a, b) -> b)).hasValueSatisfying(last ->
                    assertThat(last).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()));
        }
    }
}
