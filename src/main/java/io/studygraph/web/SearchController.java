package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.studygraph.search.SearchRequest;
import io.studygraph.search.SearchService;

/** {@code GET /api/search} and {@code GET /api/suggest}. */
final class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) {
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), blankToNull(ctx.queryParam("kind")),
                blankToNull(ctx.queryParam("year")), blankToNull(ctx.queryParam("concept")),
                intParam(ctx, "limit", 10), intParam(ctx, "offset", 0));
        WebServer.json(ctx, search.search(request));
    }

    void suggest(Context ctx) {
        WebServer.json(ctx, search.suggest(ctx.queryParam("q"), blankToNull(ctx.queryParam("kind")), intParam(ctx, "limit", 8)));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
