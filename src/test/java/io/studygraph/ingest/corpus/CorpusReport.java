package io.studygraph.ingest.corpus;

import io.studygraph.ingest.corpus.FactCheck.Fact;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The corpus measurement as a developer reads it: one row per list, then every fact the graph misses
 * or gets wrong, with the entry's line, so the list of what to fix comes with the figures.
 */
final class CorpusReport {
    private static final String ROW = "%-22s %6s %7s %7s %7s %8s %7s %7s %10s  %s%n";

    private static final String NOT_FOUND = FactCheck.NOT_FOUND;

    private CorpusReport() {}

    static String summary(List<ListRun> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "file", "pinned", "found", "stated", "in graph", "recall", "said", "right", "precision", "import"));
        for (ListRun run : runs) {
            out.append(row(run.expected().file(), run.expected().entries().size(), run.entriesFound(), run.stated(), run.found(),
                    run.said(), run.right(), importNote(run)));
        }
        out.append(row("all", runs.stream().mapToInt(r -> r.expected().entries().size()).sum(), runs.stream().mapToInt(ListRun::entriesFound).sum(),
                runs.stream().mapToInt(ListRun::stated).sum(), runs.stream().mapToInt(ListRun::found).sum(),
                runs.stream().mapToInt(ListRun::said).sum(), runs.stream().mapToInt(ListRun::right).sum(), ""));
        return out.toString();
    }

    static String details(List<ListRun> runs) {
        StringBuilder out = new StringBuilder();
        for (ListRun run : runs) {
            out.append("\n== ").append(run.expected().file()).append(": what to fix ==\n");
            if (run.failure() != null) out.append("  import failed: ").append(run.failure()).append('\n');
            run.junk().forEach(j -> out.append("  junk entity ").append(j).append('\n'));
            Set<Integer> lost = new LinkedHashSet<>();
            for (Fact f : run.facts()) {
                if (NOT_FOUND.equals(f.got())) {
                    if (lost.add(f.line())) out.append(String.format(Locale.ROOT, "  line %4d %-40s no entity found: %d stated facts missed%n",
                            f.line(), quote(f.entry()), run.facts().stream().filter(g -> g.line() == f.line()).mapToInt(Fact::stated).sum()));
                } else if (f.missed() || f.wrong()) {
                    String verdict = f.said() == 0 ? "missing" : f.stated() == 0 ? "not stated" : "wrong";
                    out.append(String.format(Locale.ROOT, "  line %4d %-40s %-14s %-10s expected: %s%n%63s got: %s%n",
                            f.line(), quote(f.entry()), f.name(), verdict, f.expected(), "", f.got()));
                }
            }
        }
        return out.toString();
    }

    private static String row(String file, int pinned, int found, int stated, int inGraph, int said, int right, String note) {
        return String.format(Locale.ROOT, ROW, file, pinned, found, stated, inGraph, percent(inGraph, stated), said, right, percent(right, said), note);
    }

    private static String importNote(ListRun run) {
        if (run.failure() != null) return "FAILED: " + run.failure().lines().findFirst().orElse("");
        return run.result().entries() + " entries, " + run.result().entities() + " entities, " + run.result().warnings().size()
                + " warnings, " + run.junk().size() + " junk";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String quote(String title) {
        String t = title == null ? "?" : title;
        return "\"" + (t.length() > 36 ? t.substring(0, 35) + "…" : t) + "\"";
    }
}
