package io.studygraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /id/{kind}/{key}}: the dataset's IRIs, answered locally. A browser gets the entity
 * page; an RDF client gets the entity's triples as Turtle, JSON-LD, N-Triples or RDF/XML. For an
 * IRI the graph does not hold, a browser gets a 404 page to search from (with close matches),
 * any other client the problem document.
 */
final class LinkedDataController {
    /** What an RDF client may ask for, in the order tried when it accepts several. */
    private static final Map<String, Lang> RDF_TYPES = new LinkedHashMap<>();

    static {
        RDF_TYPES.put("text/turtle", Lang.TURTLE);
        RDF_TYPES.put("application/ld+json", Lang.JSONLD);
        RDF_TYPES.put("application/n-triples", Lang.NTRIPLES);
        RDF_TYPES.put("application/rdf+xml", Lang.RDFXML);
    }

    private final StudyGraph sg;
    private final Pages pages;

    LinkedDataController(StudyGraph sg, Pages pages) {
        this.sg = sg;
        this.pages = pages;
    }

    void handle(Context ctx) {
        String kind = ctx.pathParam("kind");
        String key = ctx.pathParam("key");
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
        if (!kind.matches("[a-z]+") || !key.matches("[A-Za-z0-9._-]+")) {
            missing(ctx, accept, "No such entity: " + ctx.path());
            return;
        }
        String iri = Vocab.ID + kind + "/" + key;
        if (sg.entities().describe(iri).isEmpty()) {
            missing(ctx, accept, "Nothing in the graph is called " + iri);
            return;
        }
        Optional<Lang> rdf = RDF_TYPES.entrySet().stream().filter(e -> accept.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        if (rdf.isPresent() && !accept.contains("text/html")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(out, sg.entities().triples(iri), rdf.get());
            ctx.contentType(rdf.get().getContentType().getContentTypeStr() + "; charset=utf-8").result(out.toByteArray());
            return;
        }
        pages.serve(ctx, "entity.html");
    }

    // A person who followed a link gets a page to search from; a program gets the problem.
    private void missing(Context ctx, String accept, String detail) {
        if (!accept.contains("text/html")) throw new NotFoundResponse(detail);
        ctx.status(404);
        pages.serve(ctx, "missing.html");
    }
}
