package io.studygraph.benchmark;

import static io.studygraph.benchmark.Workloads.JSON;
import static io.studygraph.benchmark.Workloads.SPARQL_JSON;

import io.studygraph.benchmark.Report.Cell;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The query workloads with both servers warm: a warm-up of every workload on both sides, then
 * {@code rounds} measured rounds, the side that goes first alternating from round to round and
 * each round asking new questions (another seed) of both alike.
 */
final class Measurements {
    private static final int WARM_UP_SEED = 1000;

    private final Serving serving;
    private final int rounds;
    private final List<Workload> workloads;

    /** Every workload, or with {@code searchOnly} just search at one connection (for the growth runs). */
    Measurements(Serving serving, int rounds, boolean searchOnly) {
        this.serving = serving;
        this.rounds = rounds;
        Workloads w = serving.workloads();
        Duration cap = Duration.ofSeconds(15);
        List<Workload> workloads = List.of(
                new Workload("search1", w::fusekiTextSearch, SPARQL_JSON, w::oursSearch, JSON, 1, 200, cap),
                new Workload("search8", w::fusekiTextSearch, SPARQL_JSON, w::oursSearch, JSON, 8, 800, cap),
                new Workload("scan", w::fusekiContainsScan, SPARQL_JSON, null, null, 1, 30, cap),
                new Workload("entity", w::fusekiEntity, SPARQL_JSON, w::oursEntity, JSON, 1, 200, cap),
                new Workload("sparql", w::fusekiEntity, SPARQL_JSON, w::oursSparqlEntity, SPARQL_JSON, 1, 200, cap),
                new Workload("neighbourhood", null, null, w::oursNeighbourhood, JSON, 1, 50, cap),
                new Workload("path", null, null, w::oursPath, JSON, 1, 30, Duration.ofSeconds(20)));
        if (searchOnly) workloads = workloads.subList(0, 1);
        this.workloads = workloads;
    }

    /** Runs every workload and returns each one's timings by name. */
    Map<String, Workload.Timings> run(Consumer<String> phase) {
        phase.accept("warm-up: every workload on both sides");
        for (Workload w : workloads) w.round(WARM_UP_SEED, true, Math.max(20, w.requests() / 2), new Workload.Timings());
        Map<String, Workload.Timings> timings = new LinkedHashMap<>();
        workloads.forEach(w -> timings.put(w.name(), new Workload.Timings()));
        for (int r = 0; r < rounds; r++) {
            phase.accept("round " + (r + 1) + " of " + rounds + " (" + (r % 2 == 0 ? "Fuseki" : "StudyGraph") + " first; load " + Machine.load() + ")");
            for (Workload w : workloads) w.round(r + 1, r % 2 == 0, w.requests(), timings.get(w.name()));
        }
        return timings;
    }

    /** The table rows of a full run, memory while serving included (read now, after the load). */
    void rows(Map<String, Workload.Timings> t, Report report) {
        var search1 = t.get("search1");
        var search8 = t.get("search8");
        report.add("search top 20, 1 connection, p50", latency(search1.anchor()), latency(search1.ours()), "≤ 0.5");
        report.add("search top 20, 1 connection, throughput", throughput(search1.anchor()), throughput(search1.ours()), "");
        report.add("search top 20, 8 connections, p50", latency(search8.anchor()), latency(search8.ours()), "");
        report.add("search top 20, 8 connections, throughput", throughput(search8.anchor()), throughput(search8.ours()), "≥ 2");
        report.add("search vs a SPARQL CONTAINS scan of names (anchor: Fuseki scan), p50", latency(t.get("scan").anchor()),
                latency(search1.ours()), "≤ 0.01");
        report.add("entity in + out (anchor: SPARQL on Fuseki; ours: /api/entity), p50", latency(t.get("entity").anchor()),
                latency(t.get("entity").ours()), "≤ 0.5");
        report.add("SPARQL pass-through of that query, p50", latency(t.get("sparql").anchor()), latency(t.get("sparql").ours()), "≤ 1.1");
        report.add("neighbourhood, depth 2, budget 200, p50", null, latency(t.get("neighbourhood").ours()), "≤ 10 ms");
        report.add("path between two random papers, ≤ 6 hops, p50", null, latency(t.get("path").ours()), "≤ 30 ms");
        report.add("resident memory while serving (MB)", rss(serving.fuseki), rss(serving.ours), "ours ≤ 768 MB");
    }

    private static Cell latency(Latencies l) {
        return Cell.latency(l.summary());
    }

    private static Cell throughput(Latencies l) {
        return Cell.throughput(l.summary());
    }

    private static Cell rss(Servers.Started s) {
        return Cell.of(s.child().rssBytes() / 1048576.0, "MB", Map.of("peak_mb", s.child().peakRssBytes() / 1048576.0));
    }
}
