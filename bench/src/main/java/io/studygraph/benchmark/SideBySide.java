package io.studygraph.benchmark;

import io.studygraph.benchmark.Report.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * StudyGraph side by side with Apache Jena's own tools on one synthetic graph, in one run: import
 * and index against {@code tdb2.tdbloader} + {@code jena.textindexer}; both servers up at once,
 * measured in turn, for search against Fuseki + jena-text, entity views and SPARQL against
 * Fuseki's SPARQL; start-up and memory. Prints a table of ratios and writes it as JSON.
 *
 * <pre>{@code cd bench && mvn -q compile exec:exec -Dbench.args="--papers 2000"}</pre>
 */
public final class SideBySide {
    private static final String OURS_HEALTH = "/health";
    private static final String FUSEKI_HEALTH = "/$/ping";

    private final Options options;
    private final Session session;
    private final Commands commands;
    private final Report report = new Report();
    private final long began = System.nanoTime();

    private SideBySide(Options options, Session session) {
        this.options = options;
        this.session = session;
        this.commands = new Commands(options.jar(), options.jvm());
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isReadable(options.jar())) {
            System.err.println("No StudyGraph jar at " + options.jar().toAbsolutePath() + "; build it first: mvn -q -DskipTests package");
            System.exit(2);
        }
        Session session = new Session(Files.createTempDirectory("studygraph-bench-"), options.keep());
        Runtime.getRuntime().addShutdownHook(new Thread(session::close));
        try (session) {
            new SideBySide(options, session).run();
        }
    }

    private void run() {
        Machine.describe(report);
        report.put("papers", options.papers());
        report.put("jvm_options", String.join(" ", options.jvm()));
        report.put("started", Instant.now().toString());
        Imports.Result imports = options.reuse() != null ? reused(options.reuse()) : imports();
        phase("cold start on the bundled list");
        bundledStarts();
        Path oursStore = imports.oursDir() != null ? imports.oursDir() : fallbackStore(options.reuse() != null
                ? options.reuse().resolve("graph.nt") : session.scratch().resolve("graph.nt"));
        phase("serve both at once on the " + options.papers() + "-paper store");
        Map<String, Workload.Timings> timings = null;
        try (Serving serving = Serving.start(session, commands, oursStore, imports.anchorTdb(), imports.anchorIndex(), options.stepLimit(),
                options.papers(), "n")) {
            serving.startRows(report, options.papers() + "-paper");
            if (serving.bothUp()) {
                Measurements m = new Measurements(serving, options.rounds(), false);
                timings = m.run(this::phase);
                m.rows(timings, report);
            }
        }
        if (options.growth()) growth(imports, timings);
        report.put("minutes", String.format("%.1f", (System.nanoTime() - began) / 6e10));
        report.print(System.out);
        report.write(options.result());
        System.out.println("\nwritten to " + options.result().toAbsolutePath());
    }

    private Imports.Result imports() {
        Path file = generate(options.papers(), "graph");
        phase("import + index, " + options.repetitions() + " repetitions a side");
        Imports.Result imports = new Imports(session, commands, options.stepLimit()).run(file, options.repetitions(), "n");
        importRows("", imports);
        return imports;
    }

    /** The last stores of each side that a {@code --keep} run left in {@code dir}. */
    private Imports.Result reused(Path dir) {
        report.put("reused_stores", dir.toAbsolutePath() + " (no import measured in this run)");
        Path ours = last(dir, "ours-n-");
        Path tdb = last(dir, "anchor-n-");
        Path text = tdb == null ? null : dir.resolve(tdb.getFileName().toString().replace("-tdb", "-text"));
        return new Imports.Result(new Imports.Runs(), new Imports.Runs(), ours, tdb, text);
    }

    private static Path last(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)
                    && !p.getFileName().toString().endsWith("-text")).max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    /**
     * Import at twice the size (one repetition a side), and search at a tenth of it: how each side's
     * import time and search latency grow with the graph.
     */
    private void growth(Imports.Result atN, Map<String, Workload.Timings> timingsAtN) {
        Imports imports = new Imports(session, commands, options.stepLimit());
        Imports.Result at2N = imports.run(generate(2 * options.papers(), "2n"), 1, "2n");
        importRows(" at 2N", at2N);
        report.add("import + index time, 2N ÷ N", growth(at2N.anchor().medianSeconds(), atN.anchor().medianSeconds()),
                growth(at2N.ours().medianSeconds(), atN.ours().medianSeconds()), "ours ≤ 2.2");
        int tenth = Math.max(100, options.papers() / 10);
        Imports.Result small = imports.run(generate(tenth, "tenth"), 1, "tenth");
        if (small.oursDir() == null || small.anchorTdb() == null) return;
        phase("serve both at once on the " + tenth + "-paper store");
        try (Serving serving = Serving.start(session, commands, small.oursDir(), small.anchorTdb(), small.anchorIndex(), options.stepLimit(),
                tenth, "tenth")) {
            if (!serving.bothUp() || timingsAtN == null) return;
            Workload.Timings t = new Measurements(serving, options.rounds(), true).run(this::phase).get("search1");
            Workload.Timings big = timingsAtN.get("search1");
            report.add("search top 20, 1 connection, p50 at N/10", Cell.latency(t.anchor().summary()), Cell.latency(t.ours().summary()), "");
            report.add("search p50, N ÷ N/10", growth(big.anchor().summary().p50(), t.anchor().summary().p50()),
                    growth(big.ours().summary().p50(), t.ours().summary().p50()), "ours ≤ 1.5");
        }
    }

    private static Cell growth(double later, double earlier) {
        return Cell.of(later / earlier, "×", Map.of());
    }

    /** Writes the synthetic graph with StudyGraph's own generator and counts its triples (one a line). */
    Path generate(int papers, String name) {
        Path file = session.scratch().resolve(name + ".nt");
        phase("generate " + papers + " papers");
        Child.Step step = session.run(commands.ours("bench", "--generate", file.toString(), "--papers", Integer.toString(papers)),
                "generate-" + name, options.stepLimit());
        if (!step.ok()) throw new IllegalStateException("Cannot generate the graph; see " + session.scratch().resolve("logs"));
        try (Stream<String> lines = Files.lines(file)) {
            long triples = lines.count();
            report.put("triples" + (name.equals("graph") ? "" : "_" + name), triples);
            System.out.printf("  %,d triples in %.1f s%n", triples, step.seconds());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return file;
    }

    void importRows(String suffix, Imports.Result r) {
        report.add("import + index" + suffix + " (s)", seconds(r.anchor()), seconds(r.ours()), "≤ 0.75");
        report.add("import + index" + suffix + ", peak RSS (MB)", peak(r.anchor()), peak(r.ours()), "ours ≤ 1,536 MB");
    }

    private static Cell seconds(Imports.Runs runs) {
        Map<String, Object> detail = Map.of("runs", runs.steps);
        if (runs.seconds.isEmpty()) return new Cell(Double.NaN, runs.failure, detail);
        return Cell.of(runs.medianSeconds(), "s" + (runs.failure == null ? "" : " (then " + runs.failure + ")"), detail);
    }

    private static Cell peak(Imports.Runs runs) {
        return runs.peakBytes.isEmpty() ? Cell.failed(runs.failure) : Cell.of(runs.peak() / 1048576.0, "MB", Map.of());
    }

    /** Serving needs a store: when import does not finish, one filled through the store API, and the table says so. */
    private Path fallbackStore(Path file) {
        Path dir = session.dir("ours-loaded");
        phase("StudyGraph import did not finish: filling its store with bench --load instead");
        Child.Step step = session.run(commands.ours("bench", "--load", file.toString(), "--data-dir", dir.toString()), "load-ours",
                options.stepLimit());
        report.put("ours_store", "filled by 'bench --load' (store and index API), since import did not finish: "
                + (step.ok() ? String.format("%.1f s", step.seconds()) : "it failed too"));
        return dir;
    }

    /** The first start builds the bundled list into an empty data dir; the second starts from what is stored. */
    private void bundledStarts() {
        Path dir = session.dir("ours-bundled");
        for (String which : List.of("first", "second")) {
            int port = Servers.freePort();
            Servers.Started s = Servers.start(session, commands.ours("serve", "--port", Integer.toString(port), "--data-dir", dir.toString()),
                    "serve-bundled-" + which, port, OURS_HEALTH, options.stepLimit());
            s.child().close();
            report.add("cold start to first /health, bundled list, " + which + " start (s)", null,
                    s.ok() ? Cell.of(s.seconds(), "s", Map.of()) : Cell.failed(s.failure()), "≤ 2 s");
            System.out.printf("  %s start: %s%n", which, s.ok() ? String.format("%.2f s", s.seconds()) : s.failure());
        }
    }

    void phase(String what) {
        System.out.printf("[%5.0f s] %s%n", (System.nanoTime() - began) / 1e9, what);
    }
}
