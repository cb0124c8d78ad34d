package io.studygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One measured process (a loader, an indexer, a server), its output in a log file. Memory is
 * read from {@code /proc/PID/status}: {@code VmHWM} is the peak resident set the kernel kept,
 * so polling it until exit misses at most the last poll's growth.
 *
 * <pre>{@code try (Child c = session.start(cmd, "load")) { Step s = c.await(Duration.ofMinutes(20)); }}</pre>
 */
final class Child implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final Process process;
    private final List<String> command;
    private final Path log;
    private final long started;
    private final Consumer<Child> onClose;
    private volatile long peakKb;

    private Child(Process process, List<String> command, Path log, long started, Consumer<Child> onClose) {
        this.process = process;
        this.command = command;
        this.log = log;
        this.started = started;
        this.onClose = onClose;
    }

    /** What a process that ran to its end (or its time limit) took. */
    record Step(double seconds, long peakRssBytes, int exitCode, boolean timedOut) {
        boolean ok() {
            return !timedOut && exitCode == 0;
        }
    }

    /** Starts {@code command}; {@code onClose} hears when it has been stopped (see {@link Session}). */
    static Child start(List<String> command, Path log, Consumer<Child> onClose) {
        try {
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Child(p, command, log, started, onClose);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
    }

    Step await(Duration limit) {
        long deadline = started + limit.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, status("VmHWM"));
                if (System.nanoTime() > deadline) {
                    close();
                    return new Step(seconds(), peakKb * 1024, -1, true);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while running " + command.get(command.size() - 1), e);
        }
        return new Step(seconds(), peakKb * 1024, process.exitValue(), false);
    }

    /** Seconds since the process was started. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    long started() {
        return started;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The resident set now, in bytes (0 once the process is gone). */
    long rssBytes() {
        return status("VmRSS") * 1024;
    }

    /** The peak resident set so far, in bytes. */
    long peakRssBytes() {
        return Math.max(peakKb, status("VmHWM")) * 1024;
    }

    Path log() {
        return log;
    }

    /** A field of /proc/PID/status in kB, or 0 when the process has gone. */
    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // The process exited between the poll and the read: nothing more to learn from it.
            return 0;
        }
        return 0;
    }

    /** Stops the process: a polite SIGTERM (servers close their stores), then SIGKILL after 20 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        onClose.accept(this);
    }
}
