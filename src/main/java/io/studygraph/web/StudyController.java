package io.studygraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.studygraph.StudyGraph;
import io.studygraph.study.Learner;
import io.studygraph.study.Status;
import io.studygraph.study.StudyException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The study assistant's API: progress, plan moves and the learner's data as Turtle. */
final class StudyController {
    static final Set<String> JSON_BODY = Set.of("application/json");

    private final StudyGraph sg;

    StudyController(StudyGraph sg) {
        this.sg = sg;
    }

    /** {@code GET /api/study/progress}: every marked item's status, and how many are in each state. */
    void progress(Context ctx) {
        Learner learner = learner(ctx);
        Map<String, Status> statuses = sg.progress().statuses(learner);
        List<Map<String, Object>> items = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        statuses.forEach((iri, status) -> {
            items.add(WebServer.map("iri", iri, "status", status.word()));
            counts.merge(status, 1, Integer::sum);
        });
        Map<String, Integer> byWord = new java.util.LinkedHashMap<>();
        counts.forEach((s, n) -> byWord.put(s.word(), n));
        WebServer.json(ctx, WebServer.map("learner", learner.name(), "items", items, "counts", byWord));
    }

    /** {@code POST /api/study/progress} with {@code {"iri": …, "status": "done"}}. */
    void setProgress(Context ctx) {
        JsonNode body = jsonObject(ctx);
        String iri = ApiController.requireIri(text(body, "iri"), "iri");
        String word = text(body, "status");
        if (word == null) throw new BadRequestResponse("Field 'status' is required: one of " + statusWords());
        Status status = Status.fromWord(word).orElseThrow(() -> new BadRequestResponse(
                "Field 'status' must be one of " + statusWords() + ", not " + Problem.echo(word)));
        Status stored = sg.setProgress(learner(ctx, body), iri, status);
        WebServer.json(ctx, WebServer.map("iri", iri, "status", stored.word()));
    }

    /** {@code POST /api/study/plan/moves} with {@code {"iri": …, "position": 3}}; a null position takes the move back. */
    void move(Context ctx) {
        JsonNode body = jsonObject(ctx);
        String iri = ApiController.requireIri(text(body, "iri"), "iri");
        JsonNode position = body.get("position");
        Integer at = null;
        if (position != null && !position.isNull()) {
            if (!position.canConvertToInt() || !position.isIntegralNumber()) {
                throw new BadRequestResponse("Field 'position' must be a whole number from 1, or null to take the move back");
            }
            at = position.intValue();
        }
        sg.movePlanItem(learner(ctx, body), iri, at);
        WebServer.json(ctx, WebServer.map("iri", iri, "position", at));
    }

    /** {@code GET /api/study/plan?target=}: the learner's reading plan, for the whole list or one item. */
    void plan(Context ctx) {
        WebServer.json(ctx, sg.plan(learner(ctx), target(ctx)));
    }

    /** {@code GET /api/study/gaps?limit=}: what the list lacks, each section's total and first entries. */
    void gaps(Context ctx) {
        String range = "Parameter 'limit' must be a whole number from 1 to " + io.studygraph.study.Gaps.MAX_LIMIT;
        var report = sg.gaps(SearchController.intParam(ctx, "limit", 100, range));
        WebServer.json(ctx, WebServer.map("counts", report.counts(), "unexplainedConcepts", report.unexplainedConcepts(),
                "papersWithoutHelp", report.papersWithoutHelp(), "citedNotOnList", report.citedNotOnList(),
                "peopleWithoutProfile", report.peopleWithoutProfile(), "importProblems", report.importProblems()));
    }

    /** {@code GET /api/study/cards?target=}: flashcards for the plan's concepts; {@code format=anki} gives Anki's TSV. */
    void cards(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json") && !format.equals("anki")) {
            throw new BadRequestResponse("Parameter 'format' must be json or anki, not " + Problem.echo(format));
        }
        var deck = sg.cards(learner(ctx), target(ctx));
        if ("anki".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"studygraph-cards.txt\"");
            ctx.contentType("text/tab-separated-values; charset=utf-8").result(io.studygraph.study.Flashcards.anki(deck, "StudyGraph"));
            return;
        }
        WebServer.json(ctx, deck);
    }

    /** {@code GET /api/study/mentions?iri=}: the glossary's concepts found in the entity's texts, and for a concept, where it is found. */
    void mentions(Context ctx) {
        String iri = ApiController.requireIri(ctx.queryParam("iri"), "iri");
        WebServer.json(ctx, new io.studygraph.study.Mentions(sg.store(), sg.entities(), sg.glossary()).of(iri));
    }

    /** The optional {@code target} parameter: an IRI, or empty for the whole list. */
    private static java.util.Optional<String> target(Context ctx) {
        String target = ctx.queryParam("target");
        if (target == null || target.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(ApiController.requireIri(target, "target"));
    }

    /** {@code GET /api/study/notes?on=}: notes on an entity and its backlinks; all notes without {@code on}; {@code format=markdown} exports. */
    void notes(Context ctx) {
        Learner learner = learner(ctx);
        String format = ctx.queryParam("format");
        if ("markdown".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"studygraph-notes-" + learner.name() + ".md\"");
            ctx.contentType("text/markdown; charset=utf-8").result(sg.notes().markdown(learner));
            return;
        }
        if (format != null && !format.equals("json")) throw new BadRequestResponse("Parameter 'format' must be json or markdown, not " + Problem.echo(format));
        String on = ctx.queryParam("on");
        if (on == null || on.isEmpty()) {
            WebServer.json(ctx, WebServer.map("notes", sg.notes().on(learner, java.util.Optional.empty())));
            return;
        }
        ApiController.requireIri(on, "on");
        WebServer.json(ctx, WebServer.map("notes", sg.notes().on(learner, java.util.Optional.of(on)), "backlinks", sg.notes().backlinks(learner, on)));
    }

    /** {@code POST /api/study/notes} with {@code {"on": IRI, "text": "…"}} (and {@code relation}, {@code object} for a relation). */
    void createNote(Context ctx) {
        JsonNode body = jsonObject(ctx);
        String on = ApiController.requireIri(text(body, "on"), "on");
        String relation = text(body, "relation");
        String object = text(body, "object");
        if (relation != null) ApiController.requireIri(relation, "relation");
        if (object != null) ApiController.requireIri(object, "object");
        String text = text(body, "text");
        if (text == null) throw new BadRequestResponse("Field 'text' is required: the note's Markdown");
        ctx.status(201);
        WebServer.json(ctx, sg.writeNote(learner(ctx, body), null, on, relation, object, text).orElseThrow());
    }

    /** {@code PUT /api/study/notes/{id}} with {@code {"text": "…"}}. */
    void updateNote(Context ctx) {
        JsonNode body = jsonObject(ctx);
        String text = text(body, "text");
        if (text == null) throw new BadRequestResponse("Field 'text' is required: the note's new Markdown");
        WebServer.json(ctx, sg.writeNote(learner(ctx, body), ctx.pathParam("id"), null, null, null, text).orElseThrow());
    }

    /** {@code DELETE /api/study/notes/{id}}. */
    void deleteNote(Context ctx) {
        sg.writeNote(learner(ctx), ctx.pathParam("id"), null, null, null, null);
        ctx.status(204);
    }

    /** {@code GET /api/study/export}: the learner's graph as Turtle, for a backup or another tool. */
    static Learner learner(Context ctx) {
        return learner(ctx.queryParam("learner"), "Parameter 'learner'");
    }

    private static Learner learner(Context ctx, JsonNode body) {
        String fromBody = text(body, "learner");
        return fromBody != null ? learner(fromBody, "Field 'learner'") : learner(ctx);
    }

    private static Learner learner(String name, String where) {
        try {
            return Learner.of(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(where + ": " + e.getMessage());
        }
    }

    /** The request body as a JSON object, or a 400 that says what is wrong with it. */
    static JsonNode jsonObject(Context ctx) {
        String body = ctx.body();
        if (body.isBlank() && ctx.method().name().equals("DELETE")) return WebServer.JSON.createObjectNode();
        if (body.isBlank()) throw new BadRequestResponse("The request body is empty: send a JSON object");
        try {
            JsonNode node = WebServer.JSON.readTree(body);
            if (node == null || !node.isObject()) throw new BadRequestResponse("The request body must be a JSON object, such as {\"iri\": \"…\"}");
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new BadRequestResponse("The request body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    /** A string field, null when absent; a field of another type is a 400 naming it. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new BadRequestResponse("Field '" + field + "' must be a string");
        return value.asText();
    }

    private static String statusWords() {
        return String.join(", ", java.util.Arrays.stream(Status.values()).map(Status::word).toList());
    }

    static void mapException(StudyException e, Context ctx) {
        if (e.notFound()) WebServer.problem(ctx, 404, "Not Found", e.getMessage());
        else WebServer.problem(ctx, 400, "Bad Request", e.getMessage());
    }
}
