package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.sparql.SparqlService;
import io.studygraph.web.WebServer;
import io.studygraph.web.WriteToken;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI, the JSON API and the SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:STUDYGRAPH_HOST:-" + WebServer.Settings.LOOPBACK + "}", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; env STUDYGRAPH_HOST). "
                    + "0.0.0.0 answers on every interface: put a TLS proxy in front.")
    String host;

    @Option(names = "--max-import-bytes", defaultValue = "" + WebServer.Settings.DEFAULT_MAX_IMPORT_BYTES, paramLabel = "BYTES",
            description = "Largest file POST /api/import accepts (default: ${DEFAULT-VALUE}, 20 MB).")
    long maxImportBytes;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop SPARQL queries that run longer (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Rows a SPARQL answer may hold (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-queries", defaultValue = "4", description = "SPARQL queries that may run at once (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--follow-every", defaultValue = "2", paramLabel = "SECONDS",
            description = "With --store sparql: how often to look for what other StudyGraph instances wrote to the store, "
                    + "so search finds it here too (default: ${DEFAULT-VALUE}).")
    int followEvery;

    @Override
    public Integer call() throws InterruptedException {
        if (queryTimeout < 1 || maxRows < 1 || maxQueries < 1 || maxImportBytes < 1 || followEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--query-timeout, --max-rows, --max-queries, --max-import-bytes and --follow-every must be at least 1");
        }
        try {
            // Checked before anything starts: Jetty reports an unknown host as "port already in use".
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--host " + host + " is not an address of this machine");
        }
        StudyGraph sg = main.open(new SparqlService.Limits(Duration.ofSeconds(queryTimeout), maxRows, maxQueries));
        WebServer server;
        try {
            WriteToken token = WriteToken.resolve(main.dataDir, System.getenv("STUDYGRAPH_WRITE_TOKEN"));
            server = WebServer.start(sg, new WebServer.Settings(host, port, token, maxImportBytes));
            announce(token, server.port(), host, spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            sg.close();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (JavalinBindException e) {
            sg.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            spec.commandLine().getErr().println("error: cannot listen on " + host + ":" + port + " (" + cause.getMessage()
                    + "); is another server using the port?");
            return 1;
        } catch (RuntimeException e) {
            sg.close();
            throw e;
        }
        java.util.concurrent.ScheduledExecutorService follower = Follower.start(sg, Duration.ofSeconds(followEvery));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            follower.shutdownNow();
            server.close();
            sg.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * Says how to write, on the console rather than the log: the secret itself only the one time
     * it is made, so log files and later starts never repeat it.
     */
    private static void announce(WriteToken token, int port, String host, PrintWriter out) {
        switch (token.origin()) {
            case GENERATED -> out.println("Write token (send as 'Authorization: Bearer TOKEN' to POST /api/import; also kept in "
                    + token.file() + "):\n  " + token.value()
                    // A fragment never reaches a server or its log; the page keeps the token in the browser.
                    + "\nOpen this link once to save progress and notes from this browser:\n  http://"
                    + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/#token=" + token.value());
            case FILE -> out.println("Write token: in " + token.file() + " (readable by this user only)");
            case ENVIRONMENT -> out.println("Write token: the value of STUDYGRAPH_WRITE_TOKEN");
        }
        out.flush();
    }
}
