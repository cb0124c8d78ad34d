package io.studygraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code GET /id/{kind}/{key}}: the dataset's IRIs, answered locally. A browser gets the entity
 * page; an RDF client gets the entity's triples (content negotiation comes with the explorer).
 */
final class LinkedDataController {
    private final StudyGraph sg;

    LinkedDataController(StudyGraph sg) {
        this.sg = sg;
    }

    void handle(Context ctx) throws java.io.IOException {
        String kind = ctx.pathParam("kind");
        String key = ctx.pathParam("key");
        if (!kind.matches("[a-z]+") || !key.matches("[A-Za-z0-9._-]+")) throw new NotFoundResponse("No such entity: " + ctx.path());
        String iri = Vocab.ID + kind + "/" + key;
        if (sg.entities().describe(iri).isEmpty()) throw new NotFoundResponse("Nothing in the graph is called " + iri);
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
        if (accept.contains("text/turtle")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(out, sg.entities().triples(iri), org.apache.jena.riot.Lang.TURTLE);
            ctx.contentType("text/turtle; charset=utf-8").result(out.toByteArray());
            return;
        }
        try (InputStream page = getClass().getClassLoader().getResourceAsStream("studygraph/web/entity.html")) {
            if (page == null) throw new NotFoundResponse("The entity page is missing from this build");
            ctx.contentType("text/html; charset=utf-8").result(page.readAllBytes());
        }
    }
}
