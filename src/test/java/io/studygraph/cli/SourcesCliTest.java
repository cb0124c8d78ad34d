package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.study.Learner;
import io.studygraph.study.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studygraph sources} and {@code studygraph remove NAME}, run in-process against a data directory. */
class SourcesCliTest {
    private static final String ID = "https://w3id.org/studygraph/id/";
    private static final String DDPM = ID + "paper/arxiv-2006.11239";
    private static final String ONLY_MINE = ID + "paper/arxiv-2312.09999";
    /** One paper only this list has, and DDPM, which the bundled list has too. */
    private static final String MY_LIST = """
            # My list

            ## Papers
            * A Tiny Paper About Denoising (2023)
            arXiv: https://arxiv.org/abs/2312.09999
            * Denoising Diffusion Probabilistic Models (2020)
            arXiv: https://arxiv.org/abs/2006.11239
            """;

    @TempDir Path dataDir;
    @TempDir Path work;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void sources_lists_the_bundle_with_kind_counts_and_origin() {
        CliRun listed = run("sources");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        String[] lines = listed.out().strip().split("\n");
        assertThat(lines[0]).startsWith("NAME").contains("KIND", "TRIPLES", "ENTITIES", "IMPORTED", "FROM");
        assertThat(row(lines, "reading-list.md")).contains("reading list", "bundled").matches(".*\\s\\d+\\s+\\d+\\s.*");
        assertThat(row(lines, "enrichment.ttl")).contains("Turtle", "bundled");
    }

    @Test
    void import_replaces_a_source_of_the_same_name_and_the_list_says_from_which_file() throws IOException {
        Path list = Files.writeString(work.resolve("my-list.md"), MY_LIST, StandardCharsets.UTF_8);
        assertThat(run("import", list.toString()).exitCode()).isZero();
        Files.writeString(list, MY_LIST.replace("A Tiny Paper", "A Tinier Paper"), StandardCharsets.UTF_8);
        assertThat(run("import", list.toString()).exitCode()).isZero();

        String[] lines = run("sources").out().strip().split("\n");

        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("my-list.md "))).hasSize(1);
        assertThat(row(lines, "my-list.md")).contains("reading list", list.toAbsolutePath().toString());
        assertThat(run("search", "Tinier").out()).contains(ONLY_MINE);
    }

    @Test
    void remove_takes_away_one_source_and_what_only_it_said_and_leaves_study_data_as_it_was() throws IOException {
        Path list = Files.writeString(work.resolve("my-list.md"), MY_LIST, StandardCharsets.UTF_8);
        assertThat(run("import", list.toString()).exitCode()).isZero();
        String study;
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            sg.setProgress(Learner.DEFAULT, ONLY_MINE, Status.DONE);
            sg.writeNote(Learner.DEFAULT, null, ONLY_MINE, null, null, "Short, read it first.");
            study = studyDump(sg);
        }
        assertThat(run("search", "Tiny Paper").out()).contains(ONLY_MINE);

        CliRun removed = run("remove", "my-list.md");

        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).startsWith("removed my-list.md (reading list):");
        String[] lines = run("sources").out().strip().split("\n");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("my-list.md "))).isEmpty();
        assertThat(row(lines, "reading-list.md")).isNotEmpty();
        // The paper only this list had leaves the index; the note on it stays, named by its IRI now.
        String found = run("search", "Tiny Paper").out();
        assertThat(found).doesNotContain("A Tiny Paper About Denoising").contains("Note on " + ONLY_MINE);
        // DDPM is in the bundled list too: it stays, found as before.
        assertThat(run("search", "Denoising Diffusion Probabilistic Models").out()).contains(DDPM);
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(studyDump(sg)).isEqualTo(study);
            assertThat(sg.entities().describe(ONLY_MINE)).isEmpty();
            assertThat(sg.entities().describe(DDPM)).isPresent();
            assertThat(sg.store().graphNames()).noneMatch(g -> g.endsWith("/my-list.md"));
        }
    }

    @Test
    void removing_an_unknown_name_fails_listing_the_known_names_and_changes_nothing() {
        long before;
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            before = sg.store().generation();
        }

        CliRun removed = run("remove", "no-such-list.md");

        assertThat(removed.exitCode()).isEqualTo(1);
        assertThat(removed.err().strip()).isEqualTo("error: No source is named 'no-such-list.md'; the sources are: enrichment.ttl, reading-list.md");
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(sg.store().generation()).isEqualTo(before);
        }
    }

    private static String row(String[] lines, String name) {
        return Arrays.stream(lines).filter(l -> l.startsWith(name + " ")).findFirst().orElse("");
    }

    /** Every study graph as sorted N-Triples, so two dumps are equal exactly when the study data is. */
    private static String studyDump(StudyGraph sg) {
        StringBuilder dump = new StringBuilder();
        for (String g : sg.store().graphNames().stream().filter(g -> g.startsWith(io.studygraph.graph.Vocab.STUDY)).sorted().toList()) {
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, sg.store().graph(g), Lang.NTRIPLES);
            dump.append(g).append('\n').append(out.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n"));
        }
        assertThat(dump).as("study data to compare").contains("Short, read it first.");
        return dump.toString();
    }
}
