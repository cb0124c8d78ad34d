package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.studygraph.sparql.QueryGallery;
import io.studygraph.sparql.ResultFormat;
import io.studygraph.sparql.SparqlService;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;

/**
 * The SPARQL 1.1 Protocol (query operation) at {@code /sparql}: the query comes as a
 * {@code query} parameter (URL or form) or as an {@code application/sparql-query} body; the
 * answer's format follows {@code Accept} or a {@code format} parameter. Without a query, a
 * browser gets the workbench and other clients the service description.
 */
final class SparqlController {
    private final SparqlService sparql;
    private final ServiceDescription description;
    private final Pages pages;
    private final QueryGallery gallery = new QueryGallery();

    SparqlController(SparqlService sparql, ServiceDescription description, Pages pages) {
        this.sparql = sparql;
        this.description = description;
        this.pages = pages;
    }

    /** {@code GET /api/queries}: the query gallery. */
    void gallery(Context ctx) {
        WebServer.json(ctx, gallery.all());
    }

    /** Preflight for cross-origin reads. */
    void options(Context ctx) {
        cors(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void handle(Context ctx) throws java.io.IOException {
        cors(ctx);
        ctx.header("Vary", "Accept");
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean post = ctx.method().name().equals("POST");
        boolean form = post && type.startsWith("application/x-www-form-urlencoded");
        // Form parameters are read only from a urlencoded body: asking Jetty for them on any other
        // body (multipart above all) makes it parse that body, and fail, before we can answer 415.
        if (type.startsWith("application/sparql-update") || form && !ctx.formParams("update").isEmpty()
                || !ctx.queryParams("update").isEmpty()) {
            throw new BadRequestResponse("This endpoint is read-only: update requests are refused");
        }
        if (post && !form && !type.startsWith("application/sparql-query")) {
            WebServer.problem(ctx, 415, "Unsupported Media Type", "POST a query as application/sparql-query or "
                    + "application/x-www-form-urlencoded, not '" + (type.isEmpty() ? "no content type" : ctx.contentType()) + "'");
            return;
        }
        List<String> queries = post && type.startsWith("application/sparql-query") ? List.of(queryBody(ctx, type))
                : form ? ctx.formParams("query") : ctx.queryParams("query");
        if (queries.isEmpty() && !post) {
            describeOrWorkbench(ctx);
            return;
        }
        if (queries.isEmpty()) throw new BadRequestResponse("Parameter 'query' is required");
        if (queries.size() > 1) throw new BadRequestResponse("Parameter 'query' was given " + queries.size() + " times; give it once");
        Query query = sparql.parse(queries.get(0), param(ctx, form, "default-graph-uri"), param(ctx, form, "named-graph-uri"));
        ResultFormat format = format(ctx, form, query);
        SparqlService.Answer answer = sparql.run(query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlService.write(answer, format, out);
        ctx.header("StudyGraph-Row-Limit", Integer.toString(sparql.limits().maxRows()));
        ctx.header("StudyGraph-Truncated", Boolean.toString(answer.truncated()));
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(out.toByteArray());
    }

    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /** A query sent as the body: UTF-8, as the SPARQL 1.1 Protocol requires; another charset is a 415, bytes that are not UTF-8 a 400. */
    private static String queryBody(Context ctx, String type) {
        java.util.regex.Matcher charset = CHARSET.matcher(type);
        if (charset.find() && !charset.group(1).matches("utf-?8|us-ascii")) {
            throw new io.javalin.http.HttpResponseException(415, "A query body must be UTF-8, not '" + Problem.echo(charset.group(1)) + "'");
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadRequestResponse("The query body is not UTF-8 text");
        }
    }

    private static List<String> param(Context ctx, boolean form, String name) {
        return form && !ctx.formParams(name).isEmpty() ? ctx.formParams(name) : ctx.queryParams(name);
    }

    /**
     * The answer's format: the Accept header decides when it names a type that can carry the
     * answer; the {@code format} parameter only when Accept cannot (absent, a wildcard, nothing
     * servable), as SPARQLWrapper and other clients send both.
     */
    private static ResultFormat format(Context ctx, boolean form, Query query) {
        Map<String, ResultFormat> offers = ResultFormat.offers(query);
        Optional<AcceptHeader.Choice> choice = AcceptHeader.parse(ctx.header("Accept")).choose(List.copyOf(offers.keySet()));
        if (choice.filter(AcceptHeader.Choice::named).isPresent()) return offers.get(choice.get().mediaType());
        List<String> named = param(ctx, form, "format");
        if (!named.isEmpty()) {
            return ResultFormat.byName(named.get(0), query).orElseThrow(() -> new BadRequestResponse("Parameter 'format': '"
                    + Problem.echo(named.get(0)) + "' cannot carry the answer to a " + query.queryType().name() + " query"));
        }
        if (choice.isEmpty() && asksForTheOtherKind(ctx.header("Accept"), query)) return ResultFormat.defaultFor(query);
        return choice.map(c -> offers.get(c.mediaType())).orElseThrow(() -> new io.javalin.http.HttpResponseException(406,
                "None of the accepted types (" + Problem.echo(ctx.header("Accept")) + ") can carry the answer to a "
                        + query.queryType().name() + " query; it can be " + String.join(", ", offers.keySet())));
    }

    /**
     * Whether Accept names only formats of the other kind of answer: query results for a
     * CONSTRUCT, a graph format for a SELECT. Clients send one Accept whatever the query (roqet
     * always asks for SPARQL XML results); as Fuseki does, such a request gets the query's default
     * format rather than a 406 (RFC 9110 lets a server disregard Accept). Asking for nothing SPARQL
     * can be is still a 406.
     */
    private static boolean asksForTheOtherKind(String accept, Query query) {
        List<String> others = java.util.Arrays.stream(ResultFormat.values()).filter(f -> !f.fits(query)).map(ResultFormat::mediaType).toList();
        return AcceptHeader.parse(accept).choose(others).filter(AcceptHeader.Choice::named).isPresent();
    }

    /** Without a query: the workbench for a browser, else the service description in the negotiated RDF format. */
    private void describeOrWorkbench(Context ctx) {
        // As an entity IRI is sent: the page for a browser, else RDF (LinkedDataController).
        Map<String, Lang> offers = LinkedDataController.OFFERS;
        String chosen = AcceptHeader.parse(ctx.header("Accept")).choose(List.copyOf(offers.keySet())).map(AcceptHeader.Choice::mediaType)
                .orElseThrow(() -> new io.javalin.http.HttpResponseException(406, "None of the accepted types ("
                        + Problem.echo(ctx.header("Accept")) + ") is one the service description is served as: " + String.join(", ", offers.keySet())));
        Lang lang = offers.get(chosen);
        if (lang == null) {
            pages.serve(ctx, "sparql.html");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(out, description.model(ctx.url()), lang);
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8").result(out.toByteArray());
    }

    private static void cors(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
    }
}
