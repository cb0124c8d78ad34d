package io.studygraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on a free loopback port that counts every connection made to it and closes it at
 * once: the witness that a server fetched nothing. Counting at the socket (not HTTP requests)
 * also catches a connection that never gets as far as sending a request.
 */
final class ConnectionRecorder implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ConnectionRecorder() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a local listener", e);
        }
        acceptor = new Thread(this::accept, "connection-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket ignored = socket.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** An http URL on the listener, with this path. */
    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
