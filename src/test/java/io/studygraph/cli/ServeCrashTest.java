package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.web.GeneratedList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at chosen moments of large imports, then a restart on the same data dir: the
 * store must hold one variant of the source whole, every acknowledged import must be there, and
 * the search index must agree with the store (having been rebuilt at start if it fell behind).
 *
 * <p>First starts, which store the bundle, are killed too, each on a fresh data dir.
 *
 * <p>{@code -Dstudygraph.crash.rounds=N} (default 10), {@code -Dstudygraph.crash.firstStarts=N}
 * (default 2), {@code -Dstudygraph.crash.papers=N} (the list's size; default 200, an import of
 * about a second here) and {@code -Dstudygraph.crash.seed=N}; the seed is printed.
 */
@Tag("crash")
class ServeCrashTest {
    private static final int ROUNDS = Integer.getInteger("studygraph.crash.rounds", 10);
    private static final int FIRST_STARTS = Integer.getInteger("studygraph.crash.firstStarts", 2);
    private static final int PAPERS = Integer.getInteger("studygraph.crash.papers", 200);
    private static final long SEED = Long.getLong("studygraph.crash.seed", System.nanoTime());
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration IMPORT = Duration.ofSeconds(120);
    private static final String SOURCE = "crash-list.md";
    private static final String TOKEN = "crash-test-token-0123456789abcdef";

    /** Where in an import the server dies. */
    enum KillPoint {
        /** At a random moment between sending the import and (about) its answer. */
        DURING_IMPORT,
        /** As soon as the store shows the new state: committed, but the answer (and the index) not yet done. */
        AFTER_STORE_COMMIT,
        /** As soon as the 200 arrives: nothing acknowledged may be lost. */
        AFTER_ACK
    }

    /** One kill and restart, as the report shows it. */
    record Round(int number, KillPoint point, long killedAfter, long planned, boolean acknowledged, boolean extended, boolean rebuilt) {
        String line() {
            return String.format(Locale.ROOT, "round %2d: %-18s kill after %5d ms (planned %5d), acknowledged %-5s -> %-8s index %s",
                    number, point, killedAfter, planned, acknowledged, extended ? "extended" : "basic", rebuilt ? "rebuilt at start" : "current");
        }
    }

    private final GeneratedList list = new GeneratedList("Crashproof", PAPERS);
    private CrashClient.Expected expected;
    private ServeProcess serve;
    private CrashClient client;
    /** How long the last answered import took: it times the next random kill. */
    private long importMillis;

    @Test
    void after_every_kill_the_store_holds_one_whole_state_nothing_acknowledged_is_lost_and_the_index_agrees(@TempDir Path root) {
        Path dataDir = root.resolve("store");
        long[] triples = expectedTriples();
        expected = new CrashClient.Expected(list, "https://w3id.org/studygraph/source/" + SOURCE, triples[0], triples[1], triples[2], triples[3]);
        Random random = new Random(SEED);
        List<Round> rounds = new ArrayList<>();
        long startedAt = System.nanoTime();
        long firstStartMillis;
        serve = ServeProcess.start(dataDir, TOKEN, STARTUP);
        try {
            client = new CrashClient(serve, TOKEN, expected);
            importMillis = client.importAndWait(false, IMPORT);
            boolean extended = client.verify(false);
            firstStartMillis = serve.millisToBundleLoaded();
            for (int n = 1; n <= ROUNDS; n++) {
                Round round = killAndRestart(n, KillPoint.values()[(n - 1) % KillPoint.values().length], extended, random, dataDir);
                rounds.add(round);
                extended = round.extended();
            }
        } finally {
            serve.close();
        }
        List<String> firstStarts = firstStarts(root, firstStartMillis, random, expected);
        Map<KillPoint, Long> kills = new EnumMap<>(KillPoint.class);
        rounds.forEach(r -> kills.merge(r.point(), 1L, Long::sum));
        int landed = 0;
        boolean previous = false; // the basic variant was stored before the first round
        for (Round r : rounds) {
            if (r.extended() != previous) landed++;
            previous = r.extended();
        }
        publish(String.format(Locale.ROOT,
                "Crash: %d of %d rounds survived (seed %d), %d papers (%d/%d triples), kills %s, %d acknowledged before the kill, "
                        + "%d imports landed, %d index rebuilds at start, %d first starts killed, %d s in all%n%s%n%s%n",
                rounds.size(), ROUNDS, SEED, PAPERS, triples[0], triples[1], kills, rounds.stream().filter(Round::acknowledged).count(),
                landed, rounds.stream().filter(Round::rebuilt).count(), firstStarts.size(), (System.nanoTime() - startedAt) / 1_000_000_000,
                String.join("\n", rounds.stream().map(Round::line).toList()), String.join("\n", firstStarts)));
        assertThat(rounds).hasSize(ROUNDS);
    }

    /** Sends the other variant, kills the server at {@code point}, restarts it and checks what it holds. */
    private Round killAndRestart(int n, KillPoint point, boolean extended, Random random, Path dataDir) {
        // Anywhere from just after sending to about when the answer is due.
        long delay = (long) ((0.05 + random.nextDouble()) * importMillis);
        boolean target = !extended;
        CompletableFuture<Integer> status = client.importAsync(target);
        long sent = System.nanoTime();
        switch (point) {
            case DURING_IMPORT -> waitAtMost(status, delay);
            case AFTER_STORE_COMMIT -> client.awaitState(target, status, IMPORT);
            case AFTER_ACK -> waitAtMost(status, IMPORT.toMillis());
        }
        long killedAfter = (System.nanoTime() - sent) / 1_000_000;
        serve.kill();
        boolean acked = acknowledged(status);
        if (acked) importMillis = killedAfter;

        serve = ServeProcess.start(dataDir, TOKEN, STARTUP);
        client = new CrashClient(serve, TOKEN, expected);
        boolean rebuilt = serve.output().stream().anyMatch(l -> l.contains("Search index") && l.contains("rebuilding"));
        boolean now = client.verify(acked ? target : null);
        return new Round(n, point, killedAfter, point == KillPoint.DURING_IMPORT ? delay : -1, acked, now, rebuilt);
    }

    /**
     * Kills first starts (an empty data dir being filled with the bundle) at random moments up to
     * when the bundle was stored on the measured first start, and checks that the next start on
     * the same dir serves the whole bundle.
     */
    private static List<String> firstStarts(Path root, long loadedMillis, Random random, CrashClient.Expected expected) {
        assertThat(loadedMillis).as("the first start said it stored the bundle").isPositive();
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= FIRST_STARTS; i++) {
            Path dir = root.resolve("first-start-" + i);
            long delay = (long) ((0.3 + 0.7 * random.nextDouble()) * loadedMillis);
            boolean stored;
            long killedAt;
            try (ServeProcess first = ServeProcess.launch(dir, TOKEN)) {
                first.runFor(delay);
                killedAt = first.age();
                first.kill();
                stored = first.millisToBundleLoaded() >= 0;
            }
            try (ServeProcess again = ServeProcess.start(dir, TOKEN, STARTUP)) {
                new CrashClient(again, TOKEN, expected).verifyBundle();
                out.add(String.format(Locale.ROOT, "first start %d: kill after %5d ms, bundle stored before the kill: %-5s -> the restart %s", i, killedAt,
                        stored, again.millisToBundleLoaded() >= 0 ? "stored the bundle" : "found it stored"));
            }
        }
        return out;
    }

    /** Prints the report and keeps it in target/crash-report.txt, beside the load test's. */
    private static void publish(String report) {
        System.out.println(report);
        try {
            java.nio.file.Files.createDirectories(Path.of("target"));
            java.nio.file.Files.writeString(Path.of("target", "crash-report.txt"), report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write target/crash-report.txt", e);
        }
    }

    /**
     * The source's triple count in either variant, and the bundle's, from imports into a fresh
     * in-memory instance: what the server's store must hold, learnt without asking it.
     */
    private long[] expectedTriples() {
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            long bundle = sg.store().size();
            long basic = sg.importTexts(Map.of(SOURCE, list.markdown(false))).get(0).triples();
            long extended = sg.importTexts(Map.of(SOURCE, list.markdown(true))).get(0).triples();
            assertThat(basic).isLessThan(extended);
            long scores = sg.store().query(org.apache.jena.query.QueryFactory.create(CrashClient.IMPORTANCE_TRIPLES),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            return new long[] {basic, extended, sg.store().size() - extended - scores, bundle};
        }
    }

    /** Waits for the import's answer, but no longer than {@code millis}: the moment to kill. */
    private static void waitAtMost(CompletableFuture<Integer> status, long millis) {
        try {
            status.get(millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // The planned moment came before the answer: kill now, mid-import.
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("The import failed before the kill", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the server said 200 before it died; the connection's end settles it either way. */
    private static boolean acknowledged(CompletableFuture<Integer> status) {
        try {
            int code = status.get(30, TimeUnit.SECONDS);
            assertThat(code).as("an import that was answered").isEqualTo(200);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            return false; // the connection died with the server: no answer, no promise
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The import's connection stayed open 30 s after the server was killed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
