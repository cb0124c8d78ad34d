package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Serve the web UI, the JSON API and the SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        StudyGraph sg = main.open();
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
