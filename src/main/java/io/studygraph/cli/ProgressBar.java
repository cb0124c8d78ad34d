package io.studygraph.cli;

import io.studygraph.ingest.ImportProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The import's progress on the terminal, once it has taken more than {@link #QUIET_NANOS}: the
 * stage, a bar, the count, the rate and the time left, redrawn in place on a terminal and as a
 * line now and then in a log. It ends with the time taken and the peak resident memory.
 *
 * <pre>
 * storing            [###########.........]  56%    480,000 triples   96,100/s  ETA 4 s
 * done in 21.4 s; peak memory 1,184 MB resident
 * </pre>
 */
final class ProgressBar implements ImportProgress {
    static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 10_000_000_000L;
    private static final int WIDTH = 20;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private String stage;
    private long stageStart;
    private long drawn;
    private String drawnStage;
    private boolean shown;
    private int lastLength;

    ProgressBar(PrintWriter out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    static ProgressBar onStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime);
    }

    @Override
    public void at(String stage, long count, String unit, double fraction) {
        long now = clock.getAsLong();
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            this.stageStart = now;
        }
        if (now - start < QUIET_NANOS) return;
        if (stage.equals(drawnStage) && now - drawn < (terminal ? REDRAW_NANOS : LOG_NANOS)) return;
        drawn = now;
        drawnStage = stage;
        shown = true;
        String line = line(stage, count, unit, fraction, now - stageStart);
        if (terminal) {
            // Over the previous line, blanking what a longer one left behind.
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** The closing line, when the bar was shown: how long it took and the most memory it held. */
    void finish() {
        if (!shown) return;
        if (terminal) out.println();
        out.printf(Locale.ROOT, "done in %.1f s; peak memory %s%n", (clock.getAsLong() - start) / 1e9, peakMemory());
        out.flush();
    }

    static String line(String stage, long count, String unit, double fraction, long stageNanos) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s", stage));
        double seconds = stageNanos / 1e9;
        if (Double.isNaN(fraction)) {
            sb.append(String.format(Locale.ROOT, " [%s] %4.0f s", "~".repeat(WIDTH), seconds));
        } else {
            double f = Math.max(0, Math.min(1, fraction));
            int filled = (int) Math.round(f * WIDTH);
            sb.append(" [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']');
            sb.append(String.format(Locale.ROOT, " %3.0f%%", f * 100));
        }
        if (count > 0) {
            sb.append(String.format(Locale.ROOT, " %,10d %s", count, unit));
            if (seconds >= 0.5) sb.append(String.format(Locale.ROOT, " %,8.0f/s", count / seconds));
        }
        if (!Double.isNaN(fraction) && fraction > 0.02 && fraction < 1 && seconds >= 0.5) {
            sb.append(String.format(Locale.ROOT, "  ETA %.0f s", seconds * (1 - fraction) / fraction));
        }
        return sb.toString();
    }

    /** VmHWM from /proc: the resident high-water mark of this process, or the heap in use where there is no /proc. */
    static String peakMemory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%,d MB resident", kb / 1024);
                }
            }
        } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
            // Not Linux: say what the JVM knows.
        }
        Runtime r = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%,d MB heap in use", (r.totalMemory() - r.freeMemory()) / (1024 * 1024));
    }
}
