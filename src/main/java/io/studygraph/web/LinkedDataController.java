package io.studygraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /id/{kind}/{key}}: the dataset's IRIs, answered locally. The Accept header decides,
 * q-values and all ({@link AcceptHeader}): a browser gets the entity page; an RDF client gets the
 * entity's triples (Turtle, JSON-LD, N-Triples, RDF/XML); what none of these can be is a 406 that
 * lists them. For an IRI the graph does not hold, a browser gets a 404 page to search from (with
 * close matches), any other client the problem document.
 */
final class LinkedDataController {
    private static final String HTML = "text/html";
    /**
     * What the resource can be sent as (null: the page), in order of preference: a client that
     * accepts anything gets Turtle. The service description at /sparql is sent the same way.
     */
    static final Map<String, Lang> OFFERS = new LinkedHashMap<>();

    static {
        OFFERS.put("text/turtle", Lang.TURTLE);
        OFFERS.put(HTML, null);
        OFFERS.put("application/xhtml+xml", null);
        OFFERS.put("application/ld+json", Lang.JSONLD);
        OFFERS.put("application/n-triples", Lang.NTRIPLES);
        OFFERS.put("application/rdf+xml", Lang.RDFXML);
        OFFERS.put("text/plain", Lang.NTRIPLES);
        OFFERS.put("application/x-turtle", Lang.TURTLE);
    }

    private final StudyGraph sg;
    private final Pages pages;

    LinkedDataController(StudyGraph sg, Pages pages) {
        this.sg = sg;
        this.pages = pages;
    }

    void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        String kind = ctx.pathParam("kind");
        String key = ctx.pathParam("key");
        Optional<String> chosen = AcceptHeader.parse(ctx.header("Accept")).choose(List.copyOf(OFFERS.keySet())).map(AcceptHeader.Choice::mediaType);
        boolean page = chosen.map(type -> OFFERS.get(type) == null).orElse(false);
        String iri = Vocab.ID + kind + "/" + key;
        if (!kind.matches("[a-z]+") || !key.matches("[A-Za-z0-9._-]+")) {
            missing(ctx, page, "No such entity: " + ctx.path());
            return;
        }
        if (sg.entities().describe(iri).isEmpty()) {
            missing(ctx, page, "Nothing in the graph is called " + iri);
            return;
        }
        if (chosen.isEmpty()) {
            throw new HttpResponseException(406, "None of the accepted types (" + Problem.echo(ctx.header("Accept")) + ") is one this entity is served as: "
                    + String.join(", ", OFFERS.keySet()));
        }
        if (page) {
            pages.serve(ctx, "entity.html");
            return;
        }
        Lang lang = OFFERS.get(chosen.get());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, sg.entities().triples(iri), lang);
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8").result(out.toByteArray());
    }

    // A person who followed a link gets a page to search from; a program gets the problem.
    private void missing(Context ctx, boolean page, String detail) {
        if (!page) throw new NotFoundResponse(detail);
        ctx.status(404);
        pages.serve(ctx, "missing.html");
    }
}
