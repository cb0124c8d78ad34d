package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.export.CitationStyle;
import io.studygraph.export.CitedWork;
import io.studygraph.graph.EntityView;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/** The JSON API: health, overview, entity views and imports. */
final class ApiController {
    /**
     * The body types an import reads. The file name decides the format; the type only has to be
     * a real one, which no HTML form can send (see {@link WriteGuard}).
     */
    static final Set<String> IMPORT_TYPES = Set.of("text/markdown", "text/x-markdown", "application/x-bibtex", "text/x-bibtex",
            "text/turtle", "text/n3", "application/n-triples", "application/rdf+xml", "application/xml", "text/xml",
            "application/rdf+json", "application/ld+json", "application/json", "application/trig", "application/n-quads",
            "application/x-research-info-systems", "application/vnd.citationstyles.csl+json", "text/uri-list",
            "application/octet-stream");
    /** Asked for on purpose ({@code replace=bundled}) to overwrite a source shipped with StudyGraph. */
    private static final String REPLACE_BUNDLED = "bundled";

    private final StudyGraph sg;
    private final long maxImportBytes;
    private final Set<String> bundled;

    ApiController(StudyGraph sg, long maxImportBytes) {
        this.sg = sg;
        this.maxImportBytes = maxImportBytes;
        this.bundled = sg.bundledSources();
    }

    void health(Context ctx) {
        // One snapshot, so the three figures describe the same state of the store.
        WebServer.json(ctx, sg.store().read(() -> WebServer.map("status", "ok", "triples", sg.store().size(),
                "graphs", sg.store().graphNames().size(), "entities", sg.overview().counts())));
    }

    void overview(Context ctx) {
        WebServer.json(ctx, sg.overview().summary());
    }

    void entity(Context ctx) {
        String iri = requireIri(ctx.queryParam("iri"), "iri");
        EntityView view = sg.entities().describe(iri)
                .orElseThrow(() -> new NotFoundResponse("Parameter 'iri': nothing in the graph is called " + Problem.echo(iri)));
        WebServer.json(ctx, view);
    }

    /** {@code GET /api/cite?iri=&style=bibtex|apa}: how to cite a work, as text to paste. */
    void cite(Context ctx) {
        String iri = requireIri(ctx.queryParam("iri"), "iri");
        String name = ctx.queryParamAsClass("style", String.class).getOrDefault("bibtex");
        CitationStyle style = CitationStyle.named(name).orElseThrow(() -> new BadRequestResponse(
                "Parameter 'style' must be one of " + CitationStyle.names() + ", not '" + Problem.echo(name) + "'"));
        EntityView view = sg.entities().describe(iri)
                .orElseThrow(() -> new NotFoundResponse("Parameter 'iri': nothing in the graph is called " + Problem.echo(iri)));
        CitedWork work = CitedWork.from(view).orElseThrow(() -> new NotFoundResponse("Parameter 'iri': " + Problem.echo(iri)
                + " is a " + view.kindLabel() + ", not a work; only papers, books, tutorials, videos, code and questions are cited"));
        ctx.contentType("text/plain; charset=utf-8").result(style.format(work));
    }

    void importSource(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || !name.matches("[\\w][\\w.-]{0,120}\\.[A-Za-z]{2,8}")) {
            throw new BadRequestResponse("Parameter 'name' must be a file name with an extension, such as my-list.md or facts.ttl");
        }
        String replace = ctx.queryParam("replace");
        if (replace != null && !replace.equals(REPLACE_BUNDLED)) {
            throw new BadRequestResponse("Parameter 'replace' may only be '" + REPLACE_BUNDLED + "', not '" + replace + "'");
        }
        if (bundled.contains(name) && replace == null) {
            throw new ConflictResponse("'" + name + "' is a source bundled with StudyGraph; importing under its name would replace it. "
                    + "Choose another name, or add replace=" + REPLACE_BUNDLED + " to replace it on purpose");
        }
        String precedence = ctx.queryParam("precedence");
        io.studygraph.graph.Precedence.Rank rank = precedence == null ? null : io.studygraph.graph.Precedence.Rank.named(precedence)
                .orElseThrow(() -> new BadRequestResponse("Parameter 'precedence' must be curated, records or list, not '" + Problem.echo(precedence) + "'"));
        // Not UTF-8, empty, or binary: an ImportException naming the file and the line, a 400 like any other.
        String text = io.studygraph.ingest.SourceText.decode(name, readBody(ctx));
        ImportResult result = sg.importTexts(Map.of(name, text), validation(ctx.queryParam("strict")), rank).get(0);
        WebServer.json(ctx, result);
    }

    /** The body, read no further than the limit, so an oversized upload never fills the memory. */
    private byte[] readBody(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxImportBytes) throw tooLarge();
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxImportBytes + 1));
            if (body.length > maxImportBytes) throw tooLarge();
            return body;
        } catch (IOException e) {
            throw new BadRequestResponse("The request body could not be read to the end");
        }
    }

    private ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("The file is larger than the import limit of " + maxImportBytes + " bytes ("
                + String.format(java.util.Locale.ROOT, "%.1f MB", maxImportBytes / (1024.0 * 1024.0))
                + "); split it, or start the server with a larger --max-import-bytes");
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
            throw new BadRequestResponse("Parameter '" + parameter + "' is not an absolute IRI: " + Problem.echo(value));
        }
        return value;
    }
}
