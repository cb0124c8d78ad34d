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

    @Option(names = "--store", scope = CommandLine.ScopeType.INHERIT, paramLabel = "tdb2|sparql",
            defaultValue = "${env:STUDYGRAPH_STORE:-tdb2}",
            description = "Where the graph lives: tdb2, embedded in --data-dir (default), or sparql, a SPARQL 1.1 server "
                    + "others share (--endpoint; env STUDYGRAPH_STORE). Credentials come from the environment only: "
                    + "STUDYGRAPH_STORE_USER and STUDYGRAPH_STORE_PASSWORD, or STUDYGRAPH_STORE_TOKEN.")
    String store;

    @Option(names = "--endpoint", scope = CommandLine.ScopeType.INHERIT, paramLabel = "URL", defaultValue = "${env:STUDYGRAPH_ENDPOINT}",
            description = "With --store sparql: the dataset, as Fuseki serves it (http://localhost:3030/studygraph); "
                    + "its query and update endpoints are URL/query and URL/update unless given (env STUDYGRAPH_ENDPOINT).")
    String endpoint;

    @Option(names = "--query-endpoint", scope = CommandLine.ScopeType.INHERIT, paramLabel = "URL", description = "With --store sparql: the SPARQL Query endpoint, where it is not ENDPOINT/query.")
    String queryEndpoint;

    @Option(names = "--update-endpoint", scope = CommandLine.ScopeType.INHERIT, paramLabel = "URL", description = "With --store sparql: the SPARQL Update endpoint, where it is not ENDPOINT/update.")
    String updateEndpoint;

    @Option(names = "--union-graph", scope = CommandLine.ScopeType.INHERIT, paramLabel = "IRI",
            description = "With --store sparql: the server's name for the union of its named graphs (urn:x-arq:UnionGraph on "
                    + "Fuseki), so each query is one request; without it every query lists the graphs (any SPARQL 1.1 server).")
    String unionGraph;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; 1 for bad input, 2 for bad usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ImportException || e instanceof SparqlException || e instanceof BadQueryException
                    || e instanceof StoreLockedException || e instanceof io.studygraph.study.StudyException
                    || e instanceof io.studygraph.graph.UnknownSourceException || e instanceof io.studygraph.graph.StoreUnavailableException) {
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
        return open(io.studygraph.sparql.SparqlService.Limits.DEFAULT);
    }

    /** The StudyGraph over the store the options name: TDB2 in the data directory, or a remote SPARQL server. */
    StudyGraph open(io.studygraph.sparql.SparqlService.Limits limits) {
        return switch (store == null ? "" : store.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "tdb2" -> StudyGraph.open(dataDir, limits);
            case "sparql" -> {
                io.studygraph.graph.SparqlStore remote = remoteStore();
                // One index per store: the data directory may have served another one.
                yield StudyGraph.open(remote, dataDir.resolve("index-" + io.studygraph.graph.Slugs.of(remote.endpoints().query())), limits);
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--store must be tdb2 or sparql, not " + store);
        };
    }

    private io.studygraph.graph.SparqlStore remoteStore() {
        if (endpoint == null && (queryEndpoint == null || updateEndpoint == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--store sparql needs --endpoint URL (or STUDYGRAPH_ENDPOINT), or both --query-endpoint and --update-endpoint");
        }
        try {
            io.studygraph.graph.SparqlEndpoints fuseki = endpoint == null ? null : io.studygraph.graph.SparqlEndpoints.fuseki(endpoint);
            io.studygraph.graph.SparqlEndpoints endpoints = new io.studygraph.graph.SparqlEndpoints(
                    queryEndpoint != null ? queryEndpoint : fuseki.query(), updateEndpoint != null ? updateEndpoint : fuseki.update(),
                    unionGraph == null || unionGraph.isBlank() ? null : unionGraph.strip());
            return new io.studygraph.graph.SparqlStore(endpoints, access(System.getenv()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Credentials for the remote store, from the environment only: a flag would show them to every user of the machine. */
    static io.studygraph.graph.RemoteAccess access(java.util.Map<String, String> env) {
        String user = env.get("STUDYGRAPH_STORE_USER"), password = env.get("STUDYGRAPH_STORE_PASSWORD"), token = env.get("STUDYGRAPH_STORE_TOKEN");
        if (token != null && !token.isBlank()) return io.studygraph.graph.RemoteAccess.bearer(token.strip());
        if (user != null && !user.isBlank()) return io.studygraph.graph.RemoteAccess.basic(user, password == null ? "" : password);
        return io.studygraph.graph.RemoteAccess.anonymous();
    }
}
