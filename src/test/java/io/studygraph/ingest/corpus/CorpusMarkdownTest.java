package io.studygraph.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.studygraph.ingest.corpus.CorpusExpectations.ListExpectations;
import io.studygraph.ingest.corpus.CorpusExpectations.Pinned;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The importer against six real reading lists (issue 8), read in place from {@code ../shared/corpus/}.
 * Each list is imported alone; the facts a careful reader wrote down for its pinned entries
 * ({@code src/test/resources/corpus/*.facts}) are looked up in the graph. Recall = stated facts found /
 * stated facts; precision = right facts / facts the graph states of the pinned entries (for the fact
 * types pinned: extra authors, a second year, a wrong kind or an extra code link count against it).
 * The per-list table and every miss go to standard output and to {@code target/corpus-report.txt}.
 */
@Tag("corpus")
class CorpusMarkdownTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final List<String> LISTS = List.of("diffusion-awesome.md", "gnn-papers.md", "rl-awesome.md",
            "llm-awesome.md", "papernotes.md", "cs324-readings.md");
    private static final double RECALL = 0.90;
    private static final double PRECISION = 0.97;
    private static final double RECALL_PER_LIST = 0.80;
    private static final int PINNED_PER_LIST = 22;

    private static List<ListExpectations> expectations;
    private static List<ListRun> runs;

    @BeforeAll
    static void importEachListAlone() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath() + ": the corpus test needs ../shared/corpus");
        expectations = LISTS.stream().map(CorpusExpectations::of).toList();
        runs = expectations.stream().map(e -> ListRun.of(CORPUS, e)).toList();
        String report = CorpusReport.summary(runs) + CorpusReport.details(runs);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-report.txt"), report, StandardCharsets.UTF_8);
    }

    @Test
    void the_pinned_entries_are_on_their_lines_and_spread_over_each_list() {
        SoftAssertions soft = new SoftAssertions();
        for (ListExpectations list : expectations) {
            List<String> lines = lines(list.file());
            soft.assertThat(list.entries()).as(list.file() + ": pinned entries").hasSizeGreaterThanOrEqualTo(PINNED_PER_LIST);
            for (int third = 0; third < 3; third++) {
                int from = third * lines.size() / 3, to = (third + 1) * lines.size() / 3;
                soft.assertThat(list.entries()).as(list.file() + ": pinned entries in lines " + (from + 1) + "-" + to)
                        .anyMatch(p -> p.line() > from && p.line() <= to);
            }
            for (Pinned pin : list.entries()) {
                String text = entryText(lines, pin.line());
                soft.assertThat(anchors(pin)).as(list.file() + " line " + pin.line() + ": '" + text + "' names the pinned entry")
                        .anyMatch(text::contains);
                soft.assertThat(list.notEntries()).as(list.file() + " line " + pin.line() + " lies outside contents and badges")
                        .noneMatch(range -> range.contains(pin.line()));
            }
        }
        soft.assertAll();
    }

    @Test
    void every_list_imports_and_yields_entries() {
        SoftAssertions soft = new SoftAssertions();
        for (ListRun run : runs) {
            soft.assertThat(run.failure()).as(run.expected().file() + " imports without an exception").isNull();
            if (run.result() != null) soft.assertThat(run.result().entries()).as(run.expected().file() + ": entries found").isPositive();
        }
        soft.assertAll();
    }

    @Test
    void the_graph_holds_the_facts_the_lists_state_and_little_else() {
        int stated = runs.stream().mapToInt(ListRun::stated).sum(), found = runs.stream().mapToInt(ListRun::found).sum();
        int said = runs.stream().mapToInt(ListRun::said).sum(), right = runs.stream().mapToInt(ListRun::right).sum();
        String table = "\n" + CorpusReport.summary(runs) + "(every miss: target/corpus-report.txt or the test's output)\n";
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(ListRun.ratio(found, stated)).as("recall over the corpus" + table).isGreaterThanOrEqualTo(RECALL);
        soft.assertThat(ListRun.ratio(right, said)).as("precision over the corpus" + table).isGreaterThanOrEqualTo(PRECISION);
        for (ListRun run : runs) {
            soft.assertThat(run.recall()).as("recall of " + run.expected().file()).isGreaterThanOrEqualTo(RECALL_PER_LIST);
        }
        soft.assertAll();
    }

    @Test
    void no_entity_comes_from_contents_badges_headings_or_the_lists_own_repository() {
        SoftAssertions soft = new SoftAssertions();
        for (ListRun run : runs) soft.assertThat(run.junk()).as(run.expected().file() + ": junk entities").isEmpty();
        soft.assertAll();
    }

    /** What must appear in the entry's text if the table points at the right line. */
    private static List<String> anchors(Pinned pin) {
        List<String> anchors = new ArrayList<>(pin.titles().stream().map(FactCheck::norm).toList());
        Stream.of(pin.arxiv(), pin.doi(), pin.openReview(), pin.repo())
                .filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT)).forEach(anchors::add);
        return anchors;
    }

    /** The entry's line and the next (a title may wrap), URL-decoded and compared as {@link FactCheck#norm}. */
    private static String entryText(List<String> lines, int line) {
        String text = lines.get(line - 1) + (line < lines.size() ? " " + lines.get(line) : "");
        String decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        return FactCheck.norm(decoded.replace("**", "").replace("*", ""));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading corpus list " + file, e);
        }
    }
}
