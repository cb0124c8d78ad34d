package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import reading lists (.md), BibTeX (.bib), RIS (.ris), CSL JSON (.json), pasted links (.txt) or RDF files; each replaces its own named graph, "
        + "all in one transaction. An entity the SHACL shapes reject is repaired or left out with a warning, unless --strict.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--strict", description = "Refuse the whole batch when any entity breaks the shapes (all or nothing).")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "List each skipped entry and each warning with its line.")
    boolean verbose;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the batch's import report as JSON.")
    Path report;

    @Option(names = "--precedence", paramLabel = "RANK", description = "Where sources disagree on a work's author list or date, rank these "
            + "files as curated, records or list (default: by file type: RDF is curated, BibTeX/RIS/CSL-JSON records, Markdown a list).")
    String precedence;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            io.studygraph.graph.Precedence.Rank rank = null;
            if (precedence != null) {
                rank = io.studygraph.graph.Precedence.Rank.named(precedence).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "Option '--precedence': '" + precedence + "' is not curated, records or list"));
            }
            ProgressBar progress = ProgressBar.onStderr(spec.commandLine().getErr());
            List<ImportResult> results;
            try {
                results = sg.importFiles(files, strict ? Validation.STRICT : Validation.LENIENT, progress, rank);
            } finally {
                progress.finish();
            }
            new ReportPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), verbose).print(results);
            long triples = sg.store().size();
            spec.commandLine().getOut().printf("store: %d triples%n", triples);
            if (report != null && !ReportPrinter.write(report, new ReportPrinter.BatchReport(strict, true, triples, results))) {
                spec.commandLine().getErr().println("error: imported, but cannot write the report to " + report);
                return 1;
            }
        }
        return 0;
    }
}
