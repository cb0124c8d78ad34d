package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.iri;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.cli.CliRun;
import io.studygraph.cli.Main;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studygraph search TEXT} and {@code studygraph reindex}, run in-process through {@link Main#run}. */
class SearchCliTest {
    /** Shared by the read-only tests: filled from the bundle on first use. */
    @TempDir static Path sharedDataDir;
    @TempDir Path dataDir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun search(String... words) {
        String[] args = new String[words.length + 3];
        args[0] = "--data-dir";
        args[1] = sharedDataDir.toString();
        args[2] = "search";
        System.arraycopy(words, 0, args, 3, words.length);
        return run(args);
    }

    @Test
    void search_prints_the_correction_the_count_and_each_hit_with_its_iri() {
        CliRun run = search("guided", "difusion");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Did you mean: guided diffusion")
                .containsPattern("(?m)^\\d+ matches$")
                .containsPattern("paper\\s+Diffusion Models Beat GANs on Image Synthesis \\(2021\\)")
                .contains(iri("paper/arxiv-2105.05233"));
    }

    @Test
    void search_marks_the_matched_words_of_a_snippet() {
        CliRun run = search("kilcher");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 matches", "Yannic Kilcher", iri("video/youtube-W-O7AZNzbzQ"))
                .containsPattern("\\[(Yannic )?Kilcher\\]");
    }

    @Test
    void search_with_a_kind_prints_only_that_kind() {
        CliRun run = search("--kind", "person", "nichol");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^1 match$").contains("Alex Nichol").doesNotContain("paper ");
    }

    @Test
    void search_with_an_unknown_kind_fails_naming_it() {
        CliRun run = search("--kind", "book2", "diffusion");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("book2").doesNotContain("Exception", "at io.studygraph");
    }

    @Test
    void search_finds_what_an_import_just_added() {
        String dir = dataDir.toString();
        CliRun imported = run("--data-dir", dir, "import", SearchFixtures.transformersList().toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun run = run("--data-dir", dir, "search", "attention", "is", "all", "you", "need");

        assertThat(run.out()).contains("Attention Is All You Need (2017)", iri("paper/arxiv-1706.03762"));
    }

    @Test
    void reindex_prints_how_many_entities_it_indexed_which_is_every_searchable_one() {
        CliRun run = run("--data-dir", dataDir.toString(), "reindex");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = Pattern.compile("Indexed (\\d+) entities in \\d+ ms").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(SearchFixtures.storedEntities(sg.store()).size())
                    .isEqualTo(sg.index().size());
        }
    }
}
