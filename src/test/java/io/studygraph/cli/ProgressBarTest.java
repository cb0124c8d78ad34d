package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The import progress bar: quiet for short imports, then stage, bar, count, rate and time left. */
class ProgressBarTest {
    private long now;
    private final StringWriter text = new StringWriter();

    private ProgressBar bar(boolean terminal) {
        now = 0;
        return new ProgressBar(new PrintWriter(text), terminal, () -> now);
    }

    @Test
    void an_import_shorter_than_two_seconds_prints_nothing() {
        ProgressBar bar = bar(false);
        now = 1_000_000_000L;
        bar.at("storing", 100, "triples", 0.5);
        bar.finish();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void a_long_stage_shows_its_bar_count_rate_and_time_left_then_the_total_and_peak_memory() {
        ProgressBar bar = bar(false);
        bar.at("storing", 0, "triples", 0);
        now = 4_000_000_000L;
        bar.at("storing", 400_000, "triples", 0.4);
        bar.finish();
        String out = text.toString();
        assertThat(out).contains("storing").contains("[########............]").contains("40%")
                .contains("400,000 triples").contains("100,000/s").contains("ETA 6 s");
        assertThat(out).containsPattern("done in 4\\.0 s; peak memory [\\d,]+ MB (resident|heap in use)");
    }

    @Test
    void a_stage_with_nothing_to_count_shows_how_long_it_has_run() {
        ProgressBar bar = bar(false);
        now = 3_000_000_000L;
        bar.stage("checking list.nt");
        assertThat(text.toString()).contains("checking list.nt").contains("[~~~~~~~~~~~~~~~~~~~~]").doesNotContain("ETA");
    }

    @Test
    void a_log_gets_a_line_per_stage_and_every_ten_seconds_a_terminal_one_line_redrawn() {
        ProgressBar log = bar(false);
        now = 3_000_000_000L;
        for (int i = 1; i <= 50; i++) {
            now += 100_000_000L;
            log.at("parsing list.nt", i * 1000L, "triples", i / 50.0);
        }
        log.at("storing", 1, "triples", 0.01);
        assertThat(text.toString().lines()).hasSize(2);

        text.getBuffer().setLength(0);
        ProgressBar terminal = bar(true);
        now = 3_000_000_000L;
        for (int i = 1; i <= 50; i++) {
            now += 100_000_000L;
            terminal.at("parsing list.nt", i * 1000L, "triples", i / 50.0);
        }
        String drawn = text.toString();
        assertThat(drawn).doesNotContain("\n");
        assertThat(drawn.chars().filter(c -> c == '\r').count()).as("redrawn in place, at most five times a second").isBetween(20L, 30L);
    }
}
