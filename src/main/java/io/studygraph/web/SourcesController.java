package io.studygraph.web;

import io.javalin.http.Context;
import io.studygraph.StudyGraph;

/**
 * The imported sources as units: {@code GET /api/sources} lists them, {@code DELETE
 * /api/sources/{name}} removes one (guarded like every write). Importing stays {@code POST /api/import}.
 */
final class SourcesController {
    private final StudyGraph sg;

    SourcesController(StudyGraph sg) {
        this.sg = sg;
    }

    /** {@code GET /api/sources}: one object per source, by name. */
    void list(Context ctx) {
        WebServer.json(ctx, sg.sources());
    }

    /** {@code DELETE /api/sources/{name}}: the source as it was; an unknown name is a 404 naming the known ones. */
    void remove(Context ctx) {
        WebServer.json(ctx, sg.remove(ctx.pathParam("name")));
    }
}
