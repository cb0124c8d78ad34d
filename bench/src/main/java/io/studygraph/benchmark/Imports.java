package io.studygraph.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import and index, end to end, on both sides, alternating which goes first, each time into
 * fresh directories: StudyGraph's {@code import}; the anchor's {@code tdb2.tdbloader} then
 * {@code jena.textindexer}. Keeps the last stores of each side for serving.
 */
final class Imports {
    private final Session session;
    private final Commands commands;
    private final Duration limit;

    /** The repetitions of one side; a step that failed or timed out ends that side's repetitions. */
    static final class Runs {
        final List<Double> seconds = new ArrayList<>();
        final List<Long> peakBytes = new ArrayList<>();
        final List<Map<String, Object>> steps = new ArrayList<>();
        String failure;

        double medianSeconds() {
            return median(seconds);
        }

        long peak() {
            return peakBytes.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /** What both sides did, and the stores the last successful run of each left. */
    record Result(Runs ours, Runs anchor, Path oursDir, Path anchorTdb, Path anchorIndex) {}

    Imports(Session session, Commands commands, Duration limit) {
        this.session = session;
        this.commands = commands;
        this.limit = limit;
    }

    Result run(Path file, int repetitions, String tag) {
        Runs ours = new Runs();
        Runs anchor = new Runs();
        Path oursDir = null;
        Path[] anchorDirs = null;
        for (int r = 0; r < repetitions; r++) {
            boolean anchorFirst = r % 2 == 0;
            for (int side = 0; side < 2; side++) {
                String name = tag + "-" + (r + 1);
                if ((side == 0) == anchorFirst) {
                    if (anchor.failure == null) anchorDirs = anchor(file, name, anchor);
                } else if (ours.failure == null) {
                    oursDir = ours(file, name, ours);
                }
            }
        }
        return new Result(ours, anchor, oursDir, anchorDirs == null ? null : anchorDirs[0], anchorDirs == null ? null : anchorDirs[1]);
    }

    private Path ours(Path file, String name, Runs runs) {
        Path dir = session.dir("ours-" + name);
        System.out.printf("  import %s (StudyGraph) ...%n", name);
        Child.Step step = session.run(commands.ours("import", "--data-dir", dir.toString(), file.toString()), "import-ours-" + name, limit);
        record(runs, "import", step, step("import", step));
        return step.ok() ? dir : null;
    }

    private Path[] anchor(Path file, String name, Runs runs) {
        Path tdb = session.dir("anchor-" + name + "-tdb");
        Path index = session.dir("anchor-" + name + "-text");
        Path config = Commands.anchorConfig(session.scratch().resolve("anchor-" + name + ".ttl"), tdb, index, false);
        System.out.printf("  import %s (tdb2.tdbloader + jena.textindexer) ...%n", name);
        Child.Step load = session.run(commands.anchor("tdb2.tdbloader", "--loc", tdb.toString(), file.toString()), "tdbloader-" + name, limit);
        if (!load.ok()) {
            record(runs, "tdb2.tdbloader", load, step("tdb2.tdbloader", load));
            return null;
        }
        Child.Step text = session.run(commands.anchor("jena.textindexer", "--desc", config.toString()), "textindexer-" + name, limit);
        Child.Step both = new Child.Step(load.seconds() + text.seconds(), Math.max(load.peakRssBytes(), text.peakRssBytes()),
                text.exitCode(), text.timedOut());
        Map<String, Object> detail = step("tdb2.tdbloader", load);
        detail.putAll(step("jena.textindexer", text));
        record(runs, String.format("tdb2.tdbloader %.1f s + jena.textindexer %.1f s = total", load.seconds(), text.seconds()), both, detail);
        return both.ok() ? new Path[] {tdb, index} : null;
    }

    private static void record(Runs runs, String label, Child.Step step, Map<String, Object> detail) {
        runs.steps.add(detail);
        if (step.ok()) {
            runs.seconds.add(step.seconds());
            runs.peakBytes.add(step.peakRssBytes());
        } else {
            runs.failure = step.timedOut() ? String.format("timed out after %.0f s", step.seconds()) : "failed (exit " + step.exitCode() + ")";
        }
        System.out.printf("    %s: %s, peak RSS %d MB%n", label, step.ok() ? String.format("%.1f s", step.seconds()) : runs.failure, step.peakRssBytes() >> 20);
    }

    private static Map<String, Object> step(String label, Child.Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(label + "_s", s.seconds());
        m.put(label + "_peak_rss_mb", s.peakRssBytes() / 1048576.0);
        m.put(label + "_ok", s.ok());
        return m;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
