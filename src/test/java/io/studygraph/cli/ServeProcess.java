package io.studygraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code studygraph serve} in a JVM of its own, on a free port, with a known write token; for
 * tests that must kill the server as the operating system would ({@link #kill()} is SIGKILL).
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving on http://([^/]+):(\\d+)/");

    private final Process process;
    private final long launched = System.nanoTime();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private volatile int port;
    private volatile boolean announced;
    private volatile long bundleLoadedAt;

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "serve-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server on {@code dataDir} and waits (up to {@code startup}) until it answers. */
    static ServeProcess start(Path dataDir, String token, Duration startup) {
        ServeProcess serve = launch(dataDir, token);
        serve.awaitStarted(startup);
        return serve;
    }

    /** Starts the server on {@code dataDir} and returns at once, while it may still be loading. */
    static ServeProcess launch(Path dataDir, String token) {
        return launch(dataDir, token, List.of());
    }

    /** {@link #start}, with more options for {@code serve} ({@code --store sparql --endpoint URL}…). */
    static ServeProcess start(Path dataDir, String token, Duration startup, List<String> options) {
        ServeProcess serve = launch(dataDir, token, options);
        serve.awaitStarted(startup);
        return serve;
    }

    private static ServeProcess launch(Path dataDir, String token, List<String> options) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small heap and the serial collector: two cores are shared with the test JVM.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data-dir", dataDir.toString(), "serve", "--port", "0"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("STUDYGRAPH_WRITE_TOKEN", token);
        try {
            return new ServeProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + java, e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(2));
                // The token line follows the "serving on" log line: the server is wired by then.
                if (line.startsWith("Write token")) announced = true;
                if (line.contains("Loaded the bundled ontology")) bundleLoadedAt = System.nanoTime();
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }

    private void awaitStarted(Duration startup) {
        long deadline = System.nanoTime() + startup.toNanos();
        try {
            while (!(announced && port > 0)) {
                if (!process.isAlive()) throw new AssertionError("serve exited with " + process.exitValue() + ": " + output());
                if (System.nanoTime() > deadline) throw new AssertionError("serve did not start within " + startup + ": " + output());
                process.waitFor(20, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while serve was starting", e);
        }
    }

    /** Milliseconds from launch until the first start said the bundle was stored; -1 until it did. */
    long millisToBundleLoaded() {
        long at = bundleLoadedAt;
        return at == 0 ? -1 : (at - launched) / 1_000_000;
    }

    /** Milliseconds since launch. */
    long age() {
        return (System.nanoTime() - launched) / 1_000_000;
    }

    /** Waits up to {@code millis} while the process runs: the moment to kill has come. */
    void runFor(long millis) {
        try {
            process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** What the server printed so far, one line each. */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. Waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("serve survived SIGKILL for 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for serve to die", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
    }
}
