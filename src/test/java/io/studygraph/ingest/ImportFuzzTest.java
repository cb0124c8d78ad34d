package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the fixtures (and the real lists in {@code ../shared/corpus/}, read in place) thousands of
 * times and imports each case through the real importer over an in-memory TDB2 store. Every case must
 * end in a stored graph that matches its report, or an ImportException naming the file that leaves
 * the store as it was; anything else, or a case over its time budget, fails with the seed to replay.
 *
 * <p>Bounded by time; for a longer run alone:
 * {@code mvn test -Dtest=ImportFuzzTest -Dstudygraph.fuzz.seconds=600 -Dstudygraph.fuzz.seed=7}.
 * To replay one case (also written to {@code target/fuzz-case-<file>}): {@code -Dstudygraph.fuzz.replay=<case seed>};
 * {@code -Dstudygraph.fuzz.verbose=true} prints each case with its time.
 */
@Tag("fuzz")
class ImportFuzzTest {
    private static final List<String> FIXTURE_DIRS = List.of("lists", "bib", "rdf", "reports", "formats");
    private static final Path FIXTURES = Path.of("src/test/resources");
    private static final Path CORPUS = Path.of("../shared/corpus");
    /** Less than a Jetty thread's 1 MiB: the server has its own frames below the import. */
    private static final long WORKER_STACK = 512 * 1024;

    private final long seconds = Long.getLong("studygraph.fuzz.seconds", 40);
    private final long caseMillis = Long.getLong("studygraph.fuzz.caseMillis", 5_000);
    private final long baseSeed = Long.getLong("studygraph.fuzz.seed", 20_261_202);
    private final Long replay = Long.getLong("studygraph.fuzz.replay");

    @TempDir Path dir;

    /** A file to start from; the corpus ones are large, so each case takes a slice of them. */
    private record Seed(String name, String text, boolean sliced) {}

    private record Outcome(boolean graph, String failure) {}

    @Test
    void every_mutated_source_ends_in_a_graph_or_a_clean_error() throws Exception {
        List<Seed> seeds = seeds();
        assertThat(seeds).as("fixtures under " + FIXTURES.toAbsolutePath()).hasSizeGreaterThan(5);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int cases = 0;
        int graphs = 0;
        int clean = 0;
        long slowest = 0;
        long slowestSeed = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-import", WORKER_STACK);
            t.setDaemon(true); // a hung case must not keep the test JVM alive
            return t;
        });
        try (ImportHarness harness = new ImportHarness()) {
            for (long i = 0; replay == null ? System.nanoTime() < deadline : i < 1; i++) {
                long caseSeed = replay != null ? replay : baseSeed * 1_000_003L + i;
                Mutations mutations = new Mutations(caseSeed);
                Seed seed = seeds.get(mutations.nextInt(seeds.size()));
                String other = seeds.get(mutations.nextInt(seeds.size())).text();
                String text = seed.sliced() ? slice(seed.text(), mutations) : seed.text();
                Mutations.Case c = mutations.mutate(text, other);
                if (replay != null) keep(seed.name(), c);
                long start = System.nanoTime();
                Future<Outcome> run = worker.submit(() -> run(harness, seed.name(), c));
                String where = "case seed " + caseSeed + " (" + seed.name() + ": " + c.description() + ")";
                cases++;
                try {
                    Outcome outcome = run.get(caseMillis, TimeUnit.MILLISECONDS);
                    if (outcome.failure() != null) failures.add(where + ": " + outcome.failure());
                    if (outcome.graph()) graphs++;
                    else if (outcome.failure() == null) clean++;
                } catch (TimeoutException e) {
                    // The worker cannot be stopped mid-import; the run ends here rather than share a core with it.
                    failures.add(where + ": still running after " + caseMillis + " ms");
                    run.cancel(true);
                    break;
                } catch (ExecutionException e) {
                    failures.add(where + ": " + e.getCause());
                }
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (Boolean.getBoolean("studygraph.fuzz.verbose")) System.out.println("case " + ms + " ms " + where);
                if (ms > slowest) {
                    slowest = ms;
                    slowestSeed = caseSeed;
                }
                if (failures.size() >= 20) break;
            }
        } finally {
            worker.shutdownNow();
        }
        String summary = String.format("fuzz: %d cases from %d seed files, %d graphs, %d clean errors, %d failures,"
                        + " slowest case %d ms (seed %d)", cases, seeds.size(), graphs, clean,
                failures.size(), slowest, slowestSeed);
        System.out.println(summary);
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertThat(failures).as(summary + "; replay one with -Dstudygraph.fuzz.replay=<case seed>").isEmpty();
    }

    /** Imports one case; a failure is described, a clean refusal is not one. */
    private Outcome run(ImportHarness harness, String name, Mutations.Case c) throws IOException {
        long generation = harness.store.generation();
        try {
            List<ImportResult> results;
            if (c.bytes() != null) {
                Path file = dir.resolve(name);
                Files.write(file, c.bytes());
                results = harness.importer.importFiles(List.of(file));
            } else {
                results = harness.importText(name, c.text());
            }
            return new Outcome(true, sanity(harness, results));
        } catch (ImportException e) {
            if (e.getMessage() == null || !e.getMessage().contains(name)) return new Outcome(false, "error does not name the file: " + e);
            if (e.getMessage().strip().endsWith(":")) return new Outcome(false, "error says nothing: " + e);
            if (harness.store.generation() != generation) return new Outcome(false, "refused, yet the store changed: " + e);
            return new Outcome(false, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StackTraceElement[] at = e.getStackTrace();
            return new Outcome(false, e + " at " + java.util.Arrays.stream(at).limit(6).map(String::valueOf).collect(java.util.stream.Collectors.joining(" < ")));
        }
    }

    /** A replayed case is also written to target/, to read or import by hand. */
    private static void keep(String name, Mutations.Case c) throws IOException {
        Path file = Path.of("target", "fuzz-case-" + name);
        Files.createDirectories(file.getParent());
        if (c.bytes() != null) Files.write(file, c.bytes());
        else Files.writeString(file, c.text(), StandardCharsets.UTF_8);
        System.out.println("fuzz: replayed case written to " + file.toAbsolutePath());
    }

    /** The store holds each reported graph with the reported number of triples; null when it does. */
    private static String sanity(ImportHarness harness, List<ImportResult> results) {
        if (results.isEmpty()) return "import returned no results";
        for (ImportResult r : results) {
            // A store holds no empty graphs: a source that yields no triple leaves none behind.
            if (harness.store.graphNames().contains(r.graph()) != r.triples() > 0) {
                return "graph " + r.graph() + " with " + r.triples() + " triples is " + (r.triples() > 0 ? "not " : "") + "in the store";
            }
            long stored = harness.store.graph(r.graph()).size();
            if (stored != r.triples()) return "graph " + r.graph() + " holds " + stored + " triples, the report says " + r.triples();
        }
        return null;
    }

    /** Up to a hundred lines of a corpus file: whole lists take a second each, and the run is bounded by time. */
    private static String slice(String text, Mutations mutations) {
        String[] lines = text.split("\n", -1);
        int from = mutations.nextInt(lines.length);
        int to = Math.min(lines.length, from + 10 + mutations.nextInt(90));
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (String sub : FIXTURE_DIRS) seeds.addAll(read(FIXTURES.resolve(sub), false));
        if (Files.isDirectory(CORPUS)) {
            seeds.addAll(read(CORPUS, true));
        } else {
            System.out.println("fuzz: no corpus at " + CORPUS.toAbsolutePath() + "; mutating the fixtures only");
        }
        return seeds;
    }

    private static List<Seed> read(Path folder, boolean sliced) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().filter(f -> ImportFormat.find(f.getFileName().toString()).isPresent()).map(f -> {
                try {
                    return new Seed(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), sliced);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
