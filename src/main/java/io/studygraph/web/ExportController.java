package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.studygraph.StudyGraph;
import io.studygraph.export.Export;
import io.studygraph.export.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/export?format=&source=&learner=}: the graph, a source or the study data as a file to save. */
final class ExportController {
    private final StudyGraph sg;

    ExportController(StudyGraph sg) {
        this.sg = sg;
    }

    void export(Context ctx) {
        send(ctx, ctx.queryParam("format"), ctx.queryParam("source"));
    }

    /** {@code GET /api/study/export}: the learner's study data as Turtle, the export of source "study". */
    void studyData(Context ctx) {
        send(ctx, "turtle", "study");
    }

    private void send(Context ctx, String format, String source) {
        Export export;
        try {
            export = sg.export(format, source, StudyController.learner(ctx));
        } catch (ExportException e) {
            throw new BadRequestResponse("Parameter '" + e.parameter() + "': " + e.getMessage());
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        ctx.contentType(export.contentType());
        // Straight to the response as the store is read: a large graph is never one string in memory.
        try (OutputStream out = ctx.outputStream()) {
            export.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send the export", e);
        }
    }
}
