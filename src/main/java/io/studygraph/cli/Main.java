package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.graph.StoreLockedException;
import io.studygraph.ingest.ImportException;
import io.studygraph.search.BadQueryException;
import io.studygraph.sparql.SparqlException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studygraph serve | import FILE... | sources | remove NAME | export --format F | query SPARQL | search TEXT | reindex | validate FILE | plan | progress IRI STATUS}.
 *
 * <pre>{@code java -jar target/studygraph.jar serve --port 7070}</pre>
 */
@Command(name = "studygraph", mixinStandardHelpOptions = true, version = "StudyGraph 0.1",
        description = "Turns reading lists into a knowledge graph you can search, query and explore.",
        subcommands = {ServeCommand.class, ImportCommand.class, QueryCommand.class, SearchCommand.class, ReindexCommand.class, BenchCommand.class,
                ValidateCommand.class, PlanCommand.class, ProgressCommand.class, SourcesCommand.class, SourcesCommand.Remove.class,
                ExportCommand.class})
public final class Main {
    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:STUDYGRAPH_DATA_DIR:-studygraph-data}",
            description = "Where the database lives (default: ${DEFAULT-VALUE}; env STUDYGRAPH_DATA_DIR).")
    Path dataDir;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; 1 for bad input, 2 for bad usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ImportException || e instanceof SparqlException || e instanceof BadQueryException
                    || e instanceof StoreLockedException || e instanceof io.studygraph.study.StudyException
                    || e instanceof io.studygraph.graph.UnknownSourceException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The learner a {@code --learner} option names; the default one when absent. */
    static io.studygraph.study.Learner learner(picocli.CommandLine.Model.CommandSpec spec, String name) {
        try {
            return io.studygraph.study.Learner.of(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--learner: " + e.getMessage());
        }
    }

    StudyGraph open() {
        return StudyGraph.open(dataDir);
    }
}
