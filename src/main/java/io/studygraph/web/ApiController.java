package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.graph.EntityView;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** The JSON API: health, overview, entity views and imports. */
final class ApiController {
    private static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;
    private final StudyGraph sg;

    ApiController(StudyGraph sg) {
        this.sg = sg;
    }

    void health(Context ctx) {
        WebServer.json(ctx, WebServer.map("status", "ok", "triples", sg.store().size(),
                "graphs", sg.store().graphNames().size(), "entities", sg.overview().counts()));
    }

    void overview(Context ctx) {
        WebServer.json(ctx, sg.overview().summary());
    }

    void entity(Context ctx) {
        String iri = requireIri(ctx.queryParam("iri"), "iri");
        EntityView view = sg.entities().describe(iri)
                .orElseThrow(() -> new NotFoundResponse("Nothing in the graph is called " + iri));
        WebServer.json(ctx, view);
    }

    void importSource(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || !name.matches("[\\w][\\w.-]{0,120}\\.[A-Za-z]{2,8}")) {
            throw new BadRequestResponse("Parameter 'name' must be a file name with an extension, such as my-list.md or facts.ttl");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw new BadRequestResponse("The request body is empty: send the file's content");
        if (body.length > MAX_IMPORT_BYTES) throw new BadRequestResponse("The file is larger than 20 MB");
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadRequestResponse(name + ": not UTF-8 text");
        }
        ImportResult result = sg.importTexts(Map.of(name, text), validation(ctx.queryParam("strict"))).get(0);
        WebServer.json(ctx, result);
    }

    /** {@code strict=true} keeps all-or-nothing; anything but true/false is a mistake worth saying. */
    private static Validation validation(String strict) {
        if (strict == null || strict.equals("false")) return Validation.LENIENT;
        if (strict.equals("true")) return Validation.STRICT;
        throw new BadRequestResponse("Parameter 'strict' must be true or false, not '" + strict + "'");
    }

    /** {@code GET|POST /api/labels} with {@code iri} repeated: labels and kinds for up to 500 IRIs (e.g. a result table). */
    void labels(Context ctx) {
        // POST (form-encoded) serves lists too long for a URL.
        java.util.List<String> iris = ctx.method().name().equals("POST") ? ctx.formParams("iri") : ctx.queryParams("iri");
        if (iris.size() > 500) throw new BadRequestResponse("Parameter 'iri' was given " + iris.size() + " times; at most 500 are looked up at once");
        iris.forEach(iri -> requireIri(iri, "iri"));
        WebServer.json(ctx, sg.entities().refs(new java.util.LinkedHashSet<>(iris)));
    }

    /** An absolute http(s) IRI from a parameter, or a 400 naming the parameter. */
    static String requireIri(String value, String parameter) {
        if (value == null || value.isBlank()) throw new BadRequestResponse("Parameter '" + parameter + "' is required");
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getScheme() == null) throw new URISyntaxException(value, "not absolute");
        } catch (URISyntaxException e) {
            throw new BadRequestResponse("Parameter '" + parameter + "' is not an absolute IRI: " + value);
        }
        return value;
    }
}
