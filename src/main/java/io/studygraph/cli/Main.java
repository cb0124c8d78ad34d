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
 * {@code studygraph serve | import FILE... | query SPARQL | search TEXT | reindex | validate FILE}.
 *
 * <pre>{@code java -jar target/studygraph.jar serve --port 7070}</pre>
 */
@Command(name = "studygraph", mixinStandardHelpOptions = true, version = "StudyGraph 0.1",
        description = "Turns reading lists into a knowledge graph you can search, query and explore.",
        subcommands = {ServeCommand.class, ImportCommand.class, QueryCommand.class, SearchCommand.class, ReindexCommand.class, BenchCommand.class,
                ValidateCommand.class})
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
                    || e instanceof StoreLockedException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    StudyGraph open() {
        return StudyGraph.open(dataDir);
    }
}
