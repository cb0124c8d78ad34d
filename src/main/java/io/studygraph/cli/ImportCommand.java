package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import reading lists (.md) or RDF files; each replaces its own named graph.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            for (ImportResult r : sg.importFiles(files)) {
                spec.commandLine().getOut().printf("%s: %d triples, %d entities -> %s%n", r.source(), r.triples(), r.entities(), r.graph());
                r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + r.source() + " " + w));
            }
            spec.commandLine().getOut().printf("store: %d triples%n", sg.store().size());
        }
        return 0;
    }
}
