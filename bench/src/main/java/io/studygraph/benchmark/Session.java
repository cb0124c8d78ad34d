package io.studygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Owns what a run leaves behind: the scratch directory and every process still running. Closed
 * at the end and by a shutdown hook (Ctrl-C, a failure), so no server outlives the run.
 */
final class Session implements AutoCloseable {
    private final Path scratch;
    private final boolean keep;
    private final Set<Child> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** With {@code keep}, closing stops the processes but leaves the scratch directory for a look. */
    Session(Path scratch, boolean keep) {
        this.scratch = scratch;
        this.keep = keep;
    }

    Path scratch() {
        return scratch;
    }

    /** A fresh, empty directory in the scratch space. */
    Path dir(String name) {
        Path dir = scratch.resolve(name);
        try {
            delete(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    Child start(List<String> command, String logName) {
        Child child = Child.start(command, scratch.resolve("logs").resolve(logName + ".log"), running::remove);
        running.add(child);
        return child;
    }

    /** Runs a command to its end; a process past {@code limit} is stopped and reported as timed out. */
    Child.Step run(List<String> command, String logName, Duration limit) {
        try (Child child = start(command, logName)) {
            Child.Step step = child.await(limit);
            if (!step.ok()) System.err.println("  (" + logName + ": " + (step.timedOut() ? "timed out" : "exit " + step.exitCode())
                    + "; last lines of " + child.log() + ":\n" + tail(child.log()) + ")");
            return step;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Stops every process still running, then removes the scratch directory; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        new ArrayList<>(running).forEach(Child::close);
        if (keep) {
            System.err.println("Kept " + scratch);
            return;
        }
        try {
            delete(scratch);
        } catch (IOException e) {
            System.err.println("Cannot remove " + scratch + ": " + e.getMessage());
        }
    }
}
