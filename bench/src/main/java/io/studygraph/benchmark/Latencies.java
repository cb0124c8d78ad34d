package io.studygraph.benchmark;

import java.util.Arrays;

/**
 * The timings of one workload on one side, gathered over several rounds: each request's latency,
 * and each batch's requests and wall time for the throughput. Thread-safe.
 */
final class Latencies {
    private long[] nanos = new long[256];
    private int count;
    private int errors;
    private int empty;
    private long bytes;
    private long batchRequests;
    private double batchSeconds;

    /** One request: its latency, whether it was answered 200, its body's size, and whether the answer was empty. */
    synchronized void add(long latencyNanos, boolean ok, long bodyBytes, boolean emptyAnswer) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = latencyNanos;
        if (!ok) errors++;
        if (emptyAnswer) empty++;
        bytes += bodyBytes;
    }

    synchronized void batch(long requests, double seconds) {
        batchRequests += requests;
        batchSeconds += seconds;
    }

    /** Percentiles in milliseconds and throughput in requests a second. */
    record Summary(double p50, double p90, double p99, double perSecond, int requests, int errors, int empty, double meanKb) {}

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                batchSeconds == 0 ? 0 : batchRequests / batchSeconds, count, errors, empty, count == 0 ? 0 : bytes / 1024.0 / count);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, at)] / 1e6;
    }
}
