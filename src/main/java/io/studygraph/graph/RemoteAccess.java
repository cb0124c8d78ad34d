package io.studygraph.graph;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * How a remote store is spoken to: the {@code Authorization} header it is sent (basic or bearer,
 * or none), and how long a connection and each request may take before the call fails. The caller
 * reads the secrets from the environment; {@link #toString()} never shows them.
 *
 * <pre>{@code
 * RemoteAccess access = RemoteAccess.basic(user, password).withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(20));
 * }</pre>
 */
public record RemoteAccess(String authorization, Duration connectTimeout, Duration requestTimeout) {
    /** Long enough for a busy server, short enough that a request handler never looks hung. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A whole import's update is one request: it may take a while on a large source. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public RemoteAccess {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("The connect timeout must be positive");
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("The request timeout must be positive");
    }

    public static RemoteAccess anonymous() {
        return new RemoteAccess(null, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** HTTP basic authentication, sent with every request (servers need not challenge first). */
    public static RemoteAccess basic(String user, String password) {
        String pair = user + ":" + password;
        return new RemoteAccess("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public static RemoteAccess bearer(String token) {
        return new RemoteAccess("Bearer " + token, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public RemoteAccess withTimeouts(Duration connect, Duration request) {
        return new RemoteAccess(authorization, connect, request);
    }

    @Override
    public String toString() {
        return "RemoteAccess[" + (authorization == null ? "anonymous" : authorization.substring(0, authorization.indexOf(' ')))
                + ", connect " + connectTimeout + ", request " + requestTimeout + "]";
    }
}
