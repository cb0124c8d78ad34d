package io.studygraph.benchmark;

import io.studygraph.benchmark.Report.Cell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Both servers up at once over the same graph: Fuseki + jena-text over the anchor's TDB2 store and
 * text index, StudyGraph's {@code serve} over its data dir. Started one after the other, so each
 * start is timed on an otherwise quiet machine; closing stops both.
 */
final class Serving implements AutoCloseable {
    final Servers.Started fuseki;
    final Servers.Started ours;
    final int papers;

    private Serving(Servers.Started fuseki, Servers.Started ours, int papers) {
        this.fuseki = fuseki;
        this.ours = ours;
        this.papers = papers;
    }

    static Serving start(Session session, Commands commands, Path oursDir, Path anchorTdb, Path anchorIndex, Duration limit, int papers,
                         String tag) {
        Servers.Started fuseki = null;
        if (anchorTdb != null) {
            Path config = Commands.anchorConfig(session.scratch().resolve("fuseki-" + tag + ".ttl"), anchorTdb, anchorIndex, true);
            int port = Servers.freePort();
            fuseki = Servers.start(session, commands.anchor("org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--localhost", "--ping",
                    "--port", Integer.toString(port), "--config", config.toString()), "fuseki-" + tag, port, "/$/ping", limit);
            System.out.printf("  Fuseki: %s%n", fuseki.ok() ? String.format("answered after %.2f s", fuseki.seconds()) : fuseki.failure());
        }
        int port = Servers.freePort();
        Servers.Started ours = Servers.start(session, commands.ours("serve", "--port", Integer.toString(port), "--data-dir", oursDir.toString()),
                "serve-ours-" + tag, port, "/health", limit);
        System.out.printf("  StudyGraph: %s%n", ours.ok() ? String.format("answered after %.2f s", ours.seconds()) : ours.failure());
        return new Serving(fuseki, ours, papers);
    }

    boolean bothUp() {
        return fuseki != null && fuseki.ok() && ours.ok();
    }

    void startRows(Report report, String size) {
        report.add("cold start to first answer, " + size + " store (s)", cell(fuseki), cell(ours), "ours ≤ 5 s");
    }

    private static Cell cell(Servers.Started s) {
        if (s == null) return Cell.failed("no store");
        return s.ok() ? Cell.of(s.seconds(), "s", Map.of()) : Cell.failed(s.failure());
    }

    Workloads workloads() {
        return new Workloads(ours.base(), fuseki.base(), papers);
    }

    @Override
    public void close() {
        ours.child().close();
        if (fuseki != null) fuseki.child().close();
    }
}
