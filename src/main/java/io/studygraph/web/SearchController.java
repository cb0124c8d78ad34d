package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.studygraph.search.SearchRequest;
import io.studygraph.search.SearchService;

/** {@code GET /api/search} (the learner's notes among the hits) and {@code GET /api/suggest}. */
final class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) {
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), blankToNull(ctx.queryParam("kind")),
                blankToNull(ctx.queryParam("year")), blankToNull(ctx.queryParam("concept")),
                intParam(ctx, "limit", 10, SearchService.LIMIT_RANGE), intParam(ctx, "offset", 0, SearchService.OFFSET_RANGE),
                StudyController.learner(ctx).name());
        WebServer.json(ctx, search.search(request));
    }

    void suggest(Context ctx) {
        WebServer.json(ctx, search.suggest(ctx.queryParam("q"), blankToNull(ctx.queryParam("kind")), intParam(ctx, "limit", 8, SearchService.LIMIT_RANGE)));
    }

    /** A number parameter; only ASCII digits, and the allowed range is said even when it overflows an int. */
    static int intParam(Context ctx, String name, int fallback, String range) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        String digits = value.strip();
        if (!digits.matches("-?[0-9]{1,9}")) throw new BadRequestResponse(range + ", not '" + shortened(value) + "'");
        return Integer.parseInt(digits);
    }

    private static String shortened(String value) {
        return value.codePointCount(0, value.length()) > 40 ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
