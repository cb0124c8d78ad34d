package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Check that files parse and satisfy the SHACL shapes, without importing them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            for (ImportResult r : sg.importer().checkFiles(files)) {
                spec.commandLine().getOut().printf("%s: valid (%d triples, %d entities)%n", r.source(), r.triples(), r.entities());
                r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + r.source() + " " + w));
            }
        }
        return 0;
    }
}
