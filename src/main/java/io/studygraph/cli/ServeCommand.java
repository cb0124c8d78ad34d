package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.sparql.SparqlService;
import io.studygraph.web.WebServer;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Serve the web UI, the JSON API and the SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop SPARQL queries that run longer (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Rows a SPARQL answer may hold (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-queries", defaultValue = "4", description = "SPARQL queries that may run at once (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Override
    public Integer call() throws InterruptedException {
        if (queryTimeout < 1 || maxRows < 1 || maxQueries < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--query-timeout, --max-rows and --max-queries must be at least 1");
        }
        StudyGraph sg = StudyGraph.open(main.dataDir, new SparqlService.Limits(Duration.ofSeconds(queryTimeout), maxRows, maxQueries));
        WebServer server = WebServer.start(sg, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            sg.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
