package io.studygraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Sends a batch of GET requests over {@code connections} keep-alive HTTP/1.1 connections, one
 * client and one thread per connection, each request waiting for the one before on its
 * connection; reads every body to the end, as a browser would.
 */
final class Load {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /**
     * An answer with nothing in it (no SPARQL rows, no search hits, no nodes): counted apart, so a
     * side that is fast because it found nothing shows as such.
     */
    private static final Pattern EMPTY = Pattern.compile("\"(bindings|hits|nodes|paths)\"\\s*:\\s*\\[\\s*\\]");

    private final List<HttpClient> clients = new ArrayList<>();
    private final AtomicBoolean reported = new AtomicBoolean();

    Load(int connections) {
        for (int i = 0; i < connections; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    /**
     * Sends {@code uris} in order until all are sent or {@code cap} has passed (at least one
     * request per connection), recording into {@code into}.
     */
    void run(List<URI> uris, String accept, Duration cap, Latencies into) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (HttpClient client : clients) {
            Thread thread = new Thread(() -> {
                boolean first = true;
                for (int i; (first || System.nanoTime() < deadline) && (i = next.getAndIncrement()) < uris.size(); first = false) {
                    send(client, uris.get(i), accept, into);
                    sent.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) join(t);
        into.batch(sent.get(), (System.nanoTime() - start) / 1e9);
    }

    private void send(HttpClient client, URI uri, String accept, Latencies into) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(REQUEST_TIMEOUT).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            boolean ok = response.statusCode() == 200;
            into.add(took, ok, response.body().length, ok && EMPTY.matcher(new String(response.body(), StandardCharsets.UTF_8)).find());
            if (!ok && reported.compareAndSet(false, true)) {
                System.err.println("  (" + response.statusCode() + " from " + uri + ": "
                        + new String(response.body(), StandardCharsets.UTF_8).lines().limit(3).toList() + ")");
            }
        } catch (IOException e) {
            into.add(System.nanoTime() - start, false, 0, false);
            if (reported.compareAndSet(false, true)) System.err.println("  (" + e + " from " + uri + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a request to " + uri, e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a load thread", e);
        }
    }
}
