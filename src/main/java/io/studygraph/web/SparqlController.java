package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.studygraph.sparql.QueryGallery;
import io.studygraph.sparql.SparqlService;
import java.util.List;
import org.apache.jena.query.Query;

/**
 * {@code GET|POST /sparql}: the query comes as a {@code query} parameter (URL or form) or as an
 * {@code application/sparql-query} body.
 */
final class SparqlController {
    private final SparqlService sparql;
    private final QueryGallery gallery = new QueryGallery();

    SparqlController(SparqlService sparql) {
        this.sparql = sparql;
    }

    /** {@code GET /api/queries}: the query gallery. */
    void gallery(Context ctx) {
        WebServer.json(ctx, gallery.all());
    }

    void handle(Context ctx) throws java.io.IOException {
        String text = queryText(ctx);
        Query query = sparql.parse(text);
        // Run first, then answer: a timeout must still be able to become a 503.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        sparql.execute(query, buffer);
        ctx.contentType(SparqlService.mediaType(query) + "; charset=utf-8").result(buffer.toByteArray());
    }

    private static String queryText(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/sparql-update") || !ctx.formParams("update").isEmpty()) {
            throw new BadRequestResponse("This endpoint is read-only: update requests are refused");
        }
        if (ctx.method().name().equals("POST") && type.startsWith("application/sparql-query")) return ctx.body();
        List<String> values = ctx.method().name().equals("POST") && type.startsWith("application/x-www-form-urlencoded")
                ? ctx.formParams("query") : ctx.queryParams("query");
        if (values.isEmpty()) throw new BadRequestResponse("Parameter 'query' is required");
        if (values.size() > 1) throw new BadRequestResponse("Parameter 'query' was given " + values.size() + " times; give it once");
        return values.get(0);
    }
}
