package io.studygraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests, errors and latencies per endpoint, recorded from many client threads, printed as a
 * table. Errors are kept with their first few messages, so a failing run says what went wrong.
 */
final class LatencyReport {
    private static final int KEPT_MESSAGES = 20;

    private final Map<String, List<Long>> nanos = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    void ok(String endpoint, long elapsedNanos) {
        nanos.computeIfAbsent(endpoint, k -> Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    void error(String endpoint, long elapsedNanos, String message) {
        ok(endpoint, elapsedNanos);
        errors.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
        if (messages.size() < KEPT_MESSAGES) messages.add(endpoint + ": " + message);
    }

    long requests() {
        return nanos.values().stream().mapToLong(List::size).sum();
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    /** One row per endpoint and a total: requests, errors, p50, p99 and max in milliseconds. */
    String table(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-16s %9s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50 ms", "p99 ms", "max ms"));
        List<Long> all = new ArrayList<>();
        nanos.forEach((endpoint, list) -> {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            all.addAll(copy);
            out.append(row(endpoint, copy, errors.getOrDefault(endpoint, new AtomicLong()).get()));
        });
        out.append(row("all", all, errors()));
        return out.toString();
    }

    private static String row(String name, List<Long> values, long errorCount) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-16s %9d %7d %9.1f %9.1f %9.1f%n", name, sorted.size(), errorCount,
                millis(percentile(sorted, 50)), millis(percentile(sorted, 99)), millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Prints {@code text} and writes it to {@code target/<file>}, where CI keeps it. */
    static void publish(String file, String text) {
        System.out.println(text);
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write target/" + file, e);
        }
    }
}
