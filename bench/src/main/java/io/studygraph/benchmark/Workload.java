package io.studygraph.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One kind of request measured on one or both sides: the requests for a round (from a seed),
 * how many connections send them, and how long a round may take. A side without requests
 * ({@code null}) has no counterpart on the other.
 */
record Workload(String name, BiFunction<Integer, Long, List<URI>> anchor, String anchorAccept,
                BiFunction<Integer, Long, List<URI>> ours, String oursAccept, int connections, int requests, Duration cap) {

    /** Both sides' timings of one workload. */
    record Timings(Latencies anchor, Latencies ours) {
        Timings() {
            this(new Latencies(), new Latencies());
        }
    }

    /**
     * One round: both sides in turn, {@code anchorFirst} deciding the order, so neither always
     * runs on a machine the other has just warmed or heated.
     */
    void round(long seed, boolean anchorFirst, int requests, Timings into) {
        for (int side = 0; side < 2; side++) {
            boolean anchorSide = (side == 0) == anchorFirst;
            var uris = anchorSide ? anchor : ours;
            if (uris == null) continue;
            new Load(connections).run(uris.apply(requests, seed), anchorSide ? anchorAccept : oursAccept, cap,
                    anchorSide ? into.anchor() : into.ours());
        }
    }
}
