package io.studygraph.graph;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import io.studygraph.graph.StoreUnavailableException.Reason;

/**
 * Jena's HTTP client says what went wrong in half a dozen exception types, with the cause
 * somewhere down the chain; this turns them into one {@link StoreUnavailableException}.
 */
final class RemoteErrors {
    private RemoteErrors() {}

    /** The store's failure behind {@code e}, or null when {@code e} is not one (the caller's own exception, say). */
    static StoreUnavailableException translate(RuntimeException e, String endpoint) {
        if (e instanceof StoreUnavailableException known) return known;
        if (e instanceof QueryCancelledException || e instanceof QueryParseException) return null;
        int status = status(e);
        if (status == 401 || status == 403) {
            return new StoreUnavailableException(Reason.REFUSED_CREDENTIALS, endpoint, status,
                    "The SPARQL store at " + endpoint + " refused the credentials (" + status + (status == 401 ? " Unauthorized" : " Forbidden") + ")", e);
        }
        if (status >= 300) {
            return new StoreUnavailableException(Reason.SERVER_ERROR, endpoint, status,
                    "The SPARQL store at " + endpoint + " answered with an error (" + status + ")", e);
        }
        // A parser's failure first: it wraps the EOFException of a body that ended early.
        if (e instanceof ResultSetException || e instanceof RiotException || e instanceof JsonException
                || (e instanceof QueryException && !(e instanceof QueryExceptionHTTP))) {
            return new StoreUnavailableException(Reason.MALFORMED_ANSWER, endpoint, status,
                    "The SPARQL store at " + endpoint + " answered something that is not SPARQL results or RDF", e);
        }
        Throwable timeout = cause(e, HttpTimeoutException.class);
        if (timeout != null) {
            String what = timeout instanceof HttpConnectTimeoutException ? "did not accept a connection" : "did not answer";
            return new StoreUnavailableException(Reason.TIMEOUT, endpoint, 0,
                    "The SPARQL store at " + endpoint + " " + what + " within the time limit", e);
        }
        if (cause(e, IOException.class) != null) {
            return new StoreUnavailableException(Reason.UNREACHABLE, endpoint, 0,
                    "The SPARQL store at " + endpoint + " is not reachable (" + describe(cause(e, IOException.class)) + ")", e);
        }
        return null;
    }

    /** The HTTP status of the answer behind {@code e}; 0 when none came. */
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) return q.getStatusCode();
            if (t instanceof HttpException h && h.getStatusCode() > 0) return h.getStatusCode();
        }
        return 0;
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return t;
        return null;
    }

    /** What went wrong in the network, in words: Java's HttpClient leaves a refused connection without a message. */
    private static String describe(Throwable t) {
        if (t instanceof java.net.ConnectException) return "the connection was refused: is the server running?";
        if (t instanceof java.net.UnknownHostException) return "no such host: " + t.getMessage();
        if (t instanceof java.net.http.HttpConnectTimeoutException) return "no connection within the time limit";
        return t.getMessage() == null ? "the connection failed" : t.getMessage();
    }
}
