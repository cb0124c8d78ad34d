package io.studygraph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The result table: one row a workload, the anchor's figure, ours, their ratio and the target; printed and written as JSON. */
final class Report {
    /** One side's figure: {@code value} (NaN when there is none) drives the ratio, {@code text} is what the table shows. */
    record Cell(double value, String text, Map<String, Object> detail) {
        static Cell of(double value, String unit, Map<String, Object> detail) {
            return new Cell(value, format(value) + " " + unit, detail);
        }

        static Cell failed(String why) {
            return new Cell(Double.NaN, why, Map.of("failed", why));
        }

        static Cell latency(Latencies.Summary s) {
            return new Cell(s.p50(), String.format(Locale.ROOT, "%s ms (p90 %s, p99 %s)%s", format(s.p50()), format(s.p90()), format(s.p99()),
                    problems(s)), summary(s));
        }

        static Cell throughput(Latencies.Summary s) {
            return new Cell(s.perSecond(), format(s.perSecond()) + " req/s" + problems(s), summary(s));
        }

        private static String problems(Latencies.Summary s) {
            return (s.errors() == 0 ? "" : ", " + s.errors() + " errors") + (s.empty() == 0 ? "" : ", " + s.empty() + " empty");
        }

        private static Map<String, Object> summary(Latencies.Summary s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p50_ms", s.p50());
            m.put("p90_ms", s.p90());
            m.put("p99_ms", s.p99());
            m.put("req_per_s", s.perSecond());
            m.put("requests", s.requests());
            m.put("errors", s.errors());
            m.put("empty_answers", s.empty());
            m.put("mean_kb", s.meanKb());
            return m;
        }
    }

    record Row(String workload, Cell anchor, Cell ours, String target) {
        double ratio() {
            return anchor == null || ours == null ? Double.NaN : ours.value() / anchor.value();
        }
    }

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void put(String key, Object value) {
        header.put(key, value);
    }

    void add(String workload, Cell anchor, Cell ours, String target) {
        rows.add(new Row(workload, anchor, ours, target));
    }

    void print(PrintStream out) {
        out.println();
        header.forEach((k, v) -> out.println(k + ": " + v));
        out.println();
        out.println("| workload | anchor | StudyGraph | ours ÷ anchor | target |");
        out.println("|---|---|---|---|---|");
        for (Row r : rows) {
            out.println("| " + r.workload() + " | " + text(r.anchor()) + " | " + text(r.ours()) + " | "
                    + (Double.isFinite(r.ratio()) ? String.format(Locale.ROOT, "%.2f", r.ratio()) : "—") + " | " + r.target() + " |");
        }
    }

    void write(Path file) {
        Map<String, Object> json = new LinkedHashMap<>(header);
        json.put("rows", rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workload", r.workload());
            m.put("anchor", cell(r.anchor()));
            m.put("ours", cell(r.ours()));
            m.put("ratio", r.ratio());
            m.put("target", r.target());
            return m;
        }).toList());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Object cell(Cell c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("text", c.text());
        m.putAll(c.detail());
        return m;
    }

    /** One line in the table, however long the failure it reports; the JSON keeps it whole. */
    private static String text(Cell c) {
        if (c == null) return "—";
        String line = c.text().replaceAll("\\s*\n\\s*", " / ");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    static String format(double v) {
        if (!Double.isFinite(v)) return "—";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (Math.abs(v) >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Enough JSON for maps, lists, strings, numbers and booleans; NaN becomes null. */
    static String json(Object o) {
        if (o == null) return "null";
        if (o instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> json(e.getKey().toString()) + ": " + json(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (o instanceof List<?> l) return l.stream().map(Report::json).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
        if (o instanceof Double d) return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null";
        if (o instanceof Number || o instanceof Boolean) return o.toString();
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : o.toString().toCharArray()) {
            if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
            else if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
            else sb.append(ch);
        }
        return sb.append('"').toString();
    }
}
