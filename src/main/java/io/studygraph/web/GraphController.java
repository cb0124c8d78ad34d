package io.studygraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.studygraph.StudyGraph;
import io.studygraph.graph.Kind;
import io.studygraph.graph.Neighbourhood;
import io.studygraph.graph.Vocab;
import io.studygraph.graph.WalkFilter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code GET /api/graph} (a neighbourhood as Cytoscape elements) and {@code GET /api/path}. */
final class GraphController {
    private final StudyGraph sg;

    GraphController(StudyGraph sg) {
        this.sg = sg;
    }

    void graph(Context ctx) {
        String iri = existing(ctx, "iri");
        int depth = bounded(ctx, "depth", 1, 1, Neighbourhood.MAX_DEPTH);
        int limit = bounded(ctx, "limit", 25, 1, Neighbourhood.MAX_LIMIT);
        int budget = bounded(ctx, "budget", Neighbourhood.DEFAULT_BUDGET, 1, Neighbourhood.MAX_BUDGET);
        WalkFilter filter = new WalkFilter(WalkFilter.DEFAULT.excludedKinds(), Set.of(),
                kinds(ctx.queryParam("kinds"), "kinds"), relations(ctx.queryParam("relations"), "relations"));
        WebServer.json(ctx, sg.neighbourhood().around(iri, depth, limit, budget, filter));
    }

    /** {@code GET /api/connections?iri=}: works and co-authors of a person; citations and lineage of a work. */
    void connections(Context ctx) {
        WebServer.json(ctx, sg.connections().of(existing(ctx, "iri")));
    }

    void path(Context ctx) {
        String from = existing(ctx, "from");
        String to = existing(ctx, "to");
        int max = bounded(ctx, "max", 6, 1, 8);
        int k = bounded(ctx, "k", 3, 1, 10);
        Set<String> excludedKinds = new LinkedHashSet<>(WalkFilter.DEFAULT.excludedKinds());
        excludedKinds.addAll(kinds(ctx.queryParam("excludeKinds"), "excludeKinds"));
        // "Through people only": the entities between the two ends are of these kinds.
        Set<String> through = kinds(ctx.queryParam("through"), "through");
        WalkFilter filter = new WalkFilter(excludedKinds, relations(ctx.queryParam("excludeRelations"), "excludeRelations"), through, Set.of());
        WebServer.json(ctx, sg.paths().find(from, to, max, k, filter));
    }

    private String existing(Context ctx, String parameter) {
        String iri = ApiController.requireIri(ctx.queryParam(parameter), parameter);
        if (sg.entities().refs(Set.of(iri)).isEmpty()) {
            throw new NotFoundResponse("Parameter '" + parameter + "': nothing in the graph is called " + Problem.echo(iri));
        }
        return iri;
    }

    private static int bounded(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + Problem.echo(value) + "'");
        }
    }

    /** A comma-separated list of kind slugs; an unknown one is a 400 naming it. */
    private static Set<String> kinds(String value, String parameter) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isBlank()) return out;
        for (String k : value.split(",")) {
            String kind = k.strip();
            if (Kind.fromSlug(kind).isEmpty()) {
                throw new BadRequestResponse("Parameter '" + parameter + "': unknown kind '" + Problem.echo(kind) + "'; use "
                        + String.join(", ", Arrays.stream(Kind.values()).map(Kind::slug).toList()));
            }
            out.add(kind);
        }
        return out;
    }

    /**
     * A comma-separated list of relations: full IRIs, prefixed names such as {@code cito:cites}, or
     * the words the pages show for them ("mentions", "cited by").
     */
    private Set<String> relations(String value, String parameter) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isBlank()) return out;
        for (String r : value.split(",")) {
            String relation = r.strip();
            String iri = relation.contains("://") ? relation : Vocab.prefixes().expandPrefix(relation);
            if (iri.equals(relation) && !relation.contains("://")) {
                iri = sg.entities().labels().relationNamed(relation).orElseThrow(() -> new BadRequestResponse("Parameter '" + parameter
                        + "': '" + Problem.echo(relation) + "' is not a relation: give its name as pages show it (\"mentions\"), a prefixed name (schema:mentions) or an IRI"));
            }
            out.add(iri);
        }
        return out;
    }
}
