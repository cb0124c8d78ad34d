package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.export.Export;
import io.studygraph.export.ExportException;
import io.studygraph.export.Exporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the graph your sources make, one source, or your study data "
        + "as RDF, as citations of its works, as a CSV of its entities or as a GraphML network. See docs/exporting.md.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "F", description = "One of: turtle, ntriples, jsonld, trig, nquads, "
            + "bibtex, ris, csl-json, csv, graphml.")
    String format;

    @Option(names = "--source", paramLabel = "NAME", description = "One source, by the name 'sources' and the provenance show "
            + "(e.g. reading-list.md), or 'study' for your study data. Default: every source.")
    String source;

    @Option(names = "--learner", paramLabel = "NAME", description = "Whose study data --source study exports (default: me).")
    String learner;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        try {
            // Before the store opens: a mistyped format is told at once, not after a first start's seeding.
            Exporter.format(format);
        } catch (ExportException e) {
            return refuse(e);
        }
        try (StudyGraph sg = main.open()) {
            Export export;
            try {
                export = sg.export(format, source, Main.learner(spec, learner));
            } catch (ExportException e) {
                return refuse(e);
            }
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                export.writeTo(stdout);
                flush(stdout);
                return 0;
            }
            writeFile(export);
            spec.commandLine().getErr().printf("wrote %s (%s, %d bytes)%n", out, export.format().formatName(), size(out));
        }
        return 0;
    }

    private int refuse(ExportException e) {
        spec.commandLine().getErr().println("error: --" + e.parameter() + ": " + e.getMessage());
        return 1;
    }

    /** Into a file beside the target, then moved over it: a failed export never leaves half a file. */
    private void writeFile(Export export) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
                export.writeTo(file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + out, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The move failed too and has been reported; a stray .partial file says so as well.
            }
        }
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to standard output", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
