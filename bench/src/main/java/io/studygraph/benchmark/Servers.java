package io.studygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Starts a server and times it from process start to its first 200 on a health route. */
final class Servers {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Servers() {}

    /** A server that answered, and how long that took; {@code seconds} is NaN when it never did. */
    record Started(Child child, String base, double seconds, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    static Started start(Session session, List<String> command, String logName, int port, String health, Duration limit) {
        String base = "http://127.0.0.1:" + port;
        Child child = session.start(command, logName);
        while (child.seconds() < limit.toSeconds()) {
            // Once the port accepts, the answer is waited for however long it takes: a slow first
            // answer is part of the start, and polling again would only pile work on the server.
            Duration left = Duration.ofMillis(Math.max(1000, (long) ((limit.toSeconds() - child.seconds()) * 1000)));
            HttpRequest ping = HttpRequest.newBuilder(URI.create(base + health)).timeout(left).GET().build();
            if (!child.alive()) {
                System.err.println("  (" + logName + " exited; last lines of " + child.log() + ":\n" + Session.tail(child.log()) + ")");
                return new Started(child, base, Double.NaN, "exited before answering (" + child.log().getFileName() + ")");
            }
            try {
                if (CLIENT.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Started(child, base, child.seconds(), null);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + logName, e);
            }
            pause(25);
        }
        child.close();
        return new Started(child, base, Double.NaN, "no answer from " + health + " within " + limit.toSeconds() + " s");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
