package io.studygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.studygraph.ingest.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a person what an import (or a validation) did: one summary line per file on standard
 * output, every warning on standard error with its file (so a script's output stays clean and a
 * warning is never hidden), and with {@code verbose} each skipped entry and warning under its file.
 */
final class ReportPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON document {@code import --report} writes for one batch. */
    record BatchReport(boolean strict, boolean stored, long storeTriples, List<ImportResult> files) {}

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;

    ReportPrinter(PrintWriter out, PrintWriter err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    void print(List<ImportResult> results) {
        for (ImportResult r : results) {
            out.println(r.summary());
            if (verbose) {
                r.skipped().forEach(s -> out.println("  skipped " + s));
                r.warnings().forEach(w -> out.println("  warning " + w));
            }
            r.warnings().forEach(w -> err.println("warning: " + r.source() + (w.startsWith("line ") ? " " : ": ") + w));
        }
        out.flush();
        err.flush();
    }

    /** Writes the report; false when the file cannot be written (the caller says so in one line). */
    static boolean write(Path file, BatchReport report) {
        try {
            JSON.writeValue(file.toFile(), report);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
