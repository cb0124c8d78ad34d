package io.studygraph.web;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, from a page to a Jetty-level error: they cost nothing on
 * JSON and keep a page that shows hostile literals inert even if escaping were ever missed.
 */
final class SecurityHeaders {
    /**
     * Scripts, styles and everything else only from this server (the WebJars are served from it
     * too), no inline script at all. The one hash admits the single rule Cytoscape writes into a
     * style element of its own (".__________cytoscape_container { position: relative; }").
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}

    static void apply(BiConsumer<String, String> setHeader) {
        ALL.forEach(setHeader);
    }
}
