package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to break a parser: each ends in a graph or an ImportException naming the file and
 * the problem, never a StackOverflowError. Each import runs on a thread with a small stack, as
 * a server's request thread has less room than a test's main thread (which hid these overflows).
 */
class HostileInputTest {
    /**
     * Not a speed measurement (the benchmark does those): a bound that only the quadratic
     * behaviour these inputs once caused (16 s to minutes on a quiet machine) can reach, with room
     * for a machine busy with the rest of the suite (2 s alone took 12 s there).
     */
    private static final java.time.Duration COMPLEXITY_BOUND = java.time.Duration.ofSeconds(30);

    /** Less than a Jetty thread's 1 MiB, as the server has its own frames below the import. */
    private static final long SERVER_STACK = 512 * 1024;
    private static final String PAPER = "- **Attention Is All You Need** https://arxiv.org/abs/1706.03762\n";

    private final ImportHarness graph = new ImportHarness();

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void five_thousand_nested_quotes_are_refused_naming_the_line_and_the_depth() {
        Throwable thrown = importOnServerThread("quotes.md", "# List\n\n## Papers\n\n" + PAPER + ">".repeat(5000) + " cited\n");

        assertThat(thrown).isInstanceOf(ImportException.class)
                .hasMessage("quotes.md line 6: quotes nested 5,000 deep; at most 100 are read");
    }

    @Test
    void three_thousand_nested_lists_are_refused() {
        Throwable thrown = importOnServerThread("lists.md", "# List\n\n## Papers\n\n" + "- > ".repeat(3000) + "**A** https://arxiv.org/abs/1706.03762\n");

        assertThat(thrown).isInstanceOf(ImportException.class).hasMessageStartingWith("lists.md line 5: ")
                .hasMessageContaining("nested 3,000 deep");
    }

    @Test
    void three_thousand_nested_emphases_are_refused() {
        Throwable thrown = importOnServerThread("emphasis.md", "# List\n\n## Papers\n\n- " + "_a ".repeat(3000) + "x" + " b_".repeat(3000) + "\n");

        assertThat(thrown).isInstanceOf(ImportException.class)
                .hasMessage("emphasis.md line 5: emphasis and links nested 3,000 deep; at most 100 are read");
    }

    @Test
    void sixty_four_nested_emphases_import_in_linear_time() {
        String line = "- " + "_a ".repeat(32) + "**b ".repeat(32) + "Title" + " c**".repeat(32) + " d_".repeat(32) + " https://arxiv.org/abs/1706.03762\n";

        assertThat(importOnServerThread("emphasis.md", "# List\n\n## Papers\n\n" + line)).isNull();
    }

    @Test
    void a_paragraph_of_twenty_thousand_unclosed_angle_brackets_is_refused_quickly() {
        String list = "# List\n\n## Papers\n\n" + PAPER + "\nsee " + "<!DOCTYPE".repeat(20_000) + "\n";

        long start = System.nanoTime();
        Throwable thrown = importOnServerThread("angles.md", list);

        assertThat(thrown).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("angles.md line 7: ").hasMessageContaining("too many '<' with no '>' after them");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void an_italic_run_of_forty_thousand_tabs_is_cut_as_its_line_is() {
        String list = "# List\n\n## Papers\n\n- **Attention** https://arxiv.org/abs/1706.03762 *Smith, J."
                + "\t".repeat(40_000) + "and Doe, K.*\n";

        long start = System.nanoTime();
        assertThat(importOnServerThread("tabs.md", list)).isNull();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(COMPLEXITY_BOUND);
    }

    @Test
    void rdf_nested_five_thousand_deep_is_refused_in_every_syntax_that_nests() {
        String turtle = "@prefix s: <https://schema.org/> .\n<https://example.org/p> s:name " + "(".repeat(5000) + "\"x\"" + ")".repeat(5000) + " .\n";
        String jsonld = "{\"@id\": \"https://example.org/p\", \"https://schema.org/name\": " + "[".repeat(5000) + "\"x\"" + "]".repeat(5000) + "}";
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:s=\"https://schema.org/\">\n"
                + "<s:Thing><s:knows>".repeat(2500) + "</s:knows></s:Thing>".repeat(2500) + "</rdf:RDF>";

        assertThat(importOnServerThread("deep.ttl", turtle)).isInstanceOf(ImportException.class)
                .hasMessage("deep.ttl line 2: brackets nested 5,000 deep; at most 100 are read");
        assertThat(importOnServerThread("deep.jsonld", jsonld)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("deep.jsonld line 1: brackets nested 5,001 deep");
        assertThat(importOnServerThread("deep.rdf", xml)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("deep.rdf line 2: brackets nested 5,001 deep");
    }

    @Test
    void a_line_past_four_thousand_characters_is_read_up_to_there_with_a_warning() {
        String line = "- **Attention Is All You Need** https://arxiv.org/abs/1706.03762 " + "notes ".repeat(1000) + "\n";

        List<ImportResult> results = graph.importText("long.md", "# List\n\n## Papers\n\n" + line);

        assertThat(results.get(0).warnings()).contains("line 5: a line of 6,058 characters: only its first 4,000 are read");
        assertThat(graph.literalsContaining("Attention Is All You Need")).isNotEmpty();
    }

    @Test
    void a_list_nested_a_few_levels_still_imports() {
        String list = "# List\n\n## Papers\n\n" + PAPER + "> ".repeat(20) + "Vaswani et al., NeurIPS 2017\n";

        assertThat(importOnServerThread("shallow.md", list)).isNull();
    }

    @Test
    void five_thousand_nested_braces_in_bibtex_keep_their_text() {
        String bib = "@article{deep, title={" + "{".repeat(5000) + "Deep Title" + "}".repeat(5000) + "}, year={2020}}\n";

        assertThat(importOnServerThread("deep.bib", bib)).isNull();
        assertThat(graph.literalsContaining("Deep Title")).isNotEmpty();
    }

    @Test
    void twenty_thousand_chained_accents_in_bibtex_import() {
        String bib = "@article{accents, title={Accents " + "\\'".repeat(20_000) + "e}, year={2020}}\n";

        assertThat(importOnServerThread("accents.bib", bib)).isNull();
        assertThat(graph.literalsContaining("Accents")).isNotEmpty();
    }

    @Test
    void a_journal_and_an_author_of_forty_thousand_commas_import_quickly() {
        String bib = "@article{k, title = {Title}, author = {Kyle Genova and Da" + ",".repeat(40_000) + "niel Vlasic},\n"
                + "  journal = {Journal" + ",".repeat(40_000) + "X}, year = {2020}}\n";

        long start = System.nanoTime();
        assertThat(importOnServerThread("commas.bib", bib)).isNull();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(COMPLEXITY_BOUND);
    }

    @Test
    void the_lines_of_thousands_of_bibtex_entries_are_counted_once_not_once_per_entry() {
        StringBuilder bib = new StringBuilder();
        String abstractText = "word ".repeat(800);
        for (int i = 0; i < 6000; i++) {
            bib.append("@article{k").append(i).append(",\n  title = {Title ").append(i).append("},\n  abstract = {")
                    .append(abstractText).append("}\n}\n");
        }

        long start = System.nanoTime();
        List<BibtexEntry> entries = BibtexEntries.read("many.bib", bib.toString(), new ImportReport());

        assertThat(entries).hasSize(6000);
        assertThat(entries.get(5999).line()).isEqualTo(1 + 5999 * 4);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(COMPLEXITY_BOUND);
    }

    /** What the import threw on a small-stack thread, or null when it stored a graph. */
    private Throwable importOnServerThread(String name, String text) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<List<ImportResult>> results = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                results.set(graph.importText(name, text));
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "import", SERVER_STACK);
        worker.setDaemon(true); // a hung import must not keep the test JVM alive
        worker.start();
        try {
            worker.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        assertThat(worker.isAlive()).as("import of %s still running after 20 s", name).isFalse();
        if (thrown.get() == null) assertThat(results.get()).isNotEmpty();
        return thrown.get();
    }
}
