package io.studygraph.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, for requests that never reach Javalin (a header block or URI too
 * large, HTTP it cannot parse): the same problem+json and headers as every other error, instead
 * of Jetty's HTML page. Jetty's own message is never echoed: it may quote the request.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        String reason = HttpStatus.getMessage(status);
        String json = "{\"type\":\"about:blank\",\"title\":" + quote(reason) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail(status)) + "}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // Jetty drops the connection after a request it could not read, without saying so; a client
        // that reuses it then loses its next request (java.net.http retries a GET, never a POST).
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        SecurityHeaders.apply(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    static String detail(int status) {
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "The request's URI is longer than this server accepts; send long queries in a POST body";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request's headers are larger than this server accepts; send fewer or shorter headers";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "The request's body is larger than this server accepts";
            case HttpStatus.BAD_REQUEST_400 -> "The request is not well-formed HTTP (request line, headers or URI), so it was not read";
            default -> status >= 500 ? "Something went wrong on the server before the request was handled; the log has the details"
                    : "The server could not handle this request: " + HttpStatus.getMessage(status);
        };
    }

    /** A JSON string literal; the texts above are fixed, so escaping quotes and backslashes suffices. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
