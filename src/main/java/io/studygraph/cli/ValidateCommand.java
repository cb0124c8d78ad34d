package io.studygraph.cli;

import io.studygraph.StudyGraph;
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

/** Says what {@code import} would do with the files, against the same store, storing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Read the files and check them against the SHACL shapes and the store, printing the report "
        + "an import would give, without importing them.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--strict", description = "Fail when any entity breaks the shapes, as import --strict would.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "List each skipped entry and each warning with its line.")
    boolean verbose;

    @Override
    public Integer call() {
        try (StudyGraph sg = main.open()) {
            var results = sg.validate(files, strict ? Validation.STRICT : Validation.LENIENT);
            new ReportPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), verbose).print(results);
            spec.commandLine().getOut().println("valid: nothing was stored");
        }
        return 0;
    }
}
