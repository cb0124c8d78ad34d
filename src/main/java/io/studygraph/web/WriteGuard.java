package io.studygraph.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one gate in front of every route that changes the store. A write must come from the
 * server's own origin (or from no browser at all), carry the write token, and declare a body
 * type that an HTML form on another site cannot send. Reads never pass through here.
 *
 * <pre>{@code
 * WriteGuard guard = new WriteGuard(token);
 * config.routes.post("/api/import", guard.protect(ApiController.IMPORT_TYPES, api::importSource));
 * }</pre>
 */
final class WriteGuard {
    private final WriteToken token;

    WriteGuard(WriteToken token) {
        this.token = token;
    }

    /** {@code write}, run only once the request passed every check; {@code bodyTypes} are the media types it reads. */
    Handler protect(Set<String> bodyTypes, Handler write) {
        Set<String> accepted = Set.copyOf(bodyTypes);
        return ctx -> {
            refuseCrossSite(ctx);
            requireToken(ctx);
            requireBodyType(ctx, accepted);
            write.handle(ctx);
        };
    }

    /**
     * Browsers say where a request comes from; a page on another site must not write even when
     * it somehow holds the token. Clients that are not browsers send neither header and pass.
     */
    private static void refuseCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        // same-site is refused too: a sibling sub-domain is not this server.
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            throw new ForbiddenResponse("Writes are refused from other sites (Sec-Fetch-Site: " + site + "); send them from this server's pages or a non-browser client");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.host())) {
            throw new ForbiddenResponse("Writes are refused from another origin (" + abbreviate(origin) + "); only this server's own pages may write");
        }
    }

    /**
     * Compares host and port only: behind a TLS-terminating proxy the page's scheme (https) is not
     * the one this server sees (http), while the Host header is passed through unchanged.
     */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) return false;
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null) return false; // "null" and other opaque origins
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || (uri.getPort() < 0 && host.equalsIgnoreCase(uri.getHost() + ":" + defaultPort(uri)));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private void requireToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        String challenge = "Bearer realm=\"studygraph\"";
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", challenge);
            throw new UnauthorizedResponse("Writes need the server's write token as 'Authorization: Bearer TOKEN'; "
                    + "'studygraph serve' prints it at first start and keeps it in the data directory's " + WriteToken.FILE + " file");
        }
        if (!token.matches(authorization.substring(7).strip())) {
            ctx.header("WWW-Authenticate", challenge + ", error=\"invalid_token\"");
            throw new UnauthorizedResponse("The write token is wrong; use the one in the data directory's " + WriteToken.FILE
                    + " file or in STUDYGRAPH_WRITE_TOKEN");
        }
    }

    /**
     * Only declared, non-form types: text/plain, form-urlencoded and multipart bodies are what a
     * plain HTML form (or a "simple" cross-site fetch) can send without asking the server first.
     */
    private static void requireBodyType(Context ctx, Set<String> accepted) {
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(base)) {
            throw new UnsupportedMediaTypeResponse((type == null ? "The request has no Content-Type" : "Content-Type '" + abbreviate(base) + "' is not accepted here")
                    + "; send one of " + String.join(", ", new TreeSet<>(accepted)));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
