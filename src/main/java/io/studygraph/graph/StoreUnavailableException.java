package io.studygraph.graph;

/**
 * A remote store could not answer: not reachable, too slow, refusing our credentials, or answering
 * something that is not SPARQL. The message names the endpoint (never a credential) and what went
 * wrong; {@link #reason()} says which, so an edge can answer 503 (unreachable, timeout, auth) or
 * 502 (a server error or a malformed answer) without reading the message.
 */
public class StoreUnavailableException extends StoreException {

    /** What went wrong, in the terms an operator acts on. */
    public enum Reason {
        /** No connection: the server is down, or the address is wrong. */
        UNREACHABLE,
        /** Connected, but no answer within the time limit. */
        TIMEOUT,
        /** 401 or 403: the credentials are missing, wrong, or lack the right. */
        REFUSED_CREDENTIALS,
        /** The server answered with an error status of its own. */
        SERVER_ERROR,
        /** A 2xx answer that is not SPARQL results or RDF. */
        MALFORMED_ANSWER
    }

    private final Reason reason;
    private final String endpoint;
    /** The HTTP status, or 0 when there was no HTTP answer. */
    private final int status;

    public StoreUnavailableException(Reason reason, String endpoint, int status, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.endpoint = endpoint;
        this.status = status;
    }

    public Reason reason() { return reason; }

    public String endpoint() { return endpoint; }

    public int status() { return status; }
}
