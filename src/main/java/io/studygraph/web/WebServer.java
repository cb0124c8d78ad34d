package io.studygraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.studygraph.StudyGraph;
import io.studygraph.ingest.ImportException;
import io.studygraph.search.BadQueryException;
import io.studygraph.sparql.SparqlBusyException;
import io.studygraph.sparql.SparqlException;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of StudyGraph: the JSON API, the SPARQL endpoint, linked-data IRIs and the web
 * UI, all wired here; the handlers live in small controllers.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(studyGraph, WebServer.Settings.local(7070, WriteToken.random()))) { ... }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Bodies read whole (SPARQL, label lists); imports stream against their own, larger limit. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Where to listen and what writes need.
     *
     * @param host the address to bind; loopback unless the operator widens it on purpose
     * @param port 0 picks a free one (see {@link #port()})
     * @param maxImportBytes the largest body {@code POST /api/import} reads
     */
    public record Settings(String host, int port, WriteToken writeToken, long maxImportBytes) {
        public static final String LOOPBACK = "127.0.0.1";
        public static final long DEFAULT_MAX_IMPORT_BYTES = 20L * 1024 * 1024;

        public Settings {
            if (maxImportBytes < 1) throw new IllegalArgumentException("The import size limit must be at least 1 byte");
            java.util.Objects.requireNonNull(writeToken, "writeToken");
        }

        /** Loopback only, with the documented import limit. */
        public static Settings local(int port, WriteToken writeToken) {
            return new Settings(LOOPBACK, port, writeToken, DEFAULT_MAX_IMPORT_BYTES);
        }
    }

    /** Starts serving as {@code settings} say. */
    public static WebServer start(StudyGraph sg, Settings settings) {
        WriteGuard guard = new WriteGuard(settings.writeToken());
        ApiController api = new ApiController(sg, settings.maxImportBytes());
        Pages pages = new Pages();
        SparqlController sparql = new SparqlController(sg.sparql(), new ServiceDescription(sg.store(), sg.sparql()), pages);
        LinkedDataController ids = new LinkedDataController(sg, pages);
        SearchController search = new SearchController(sg.search());
        GraphController graph = new GraphController(sg);
        StudyController study = new StudyController(sg);
        SourcesController sources = new SourcesController(sg);
        ExportController export = new ExportController(sg);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Requests Jetty refuses before routing (URI or headers too large) get problem+json too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.routes.before(ctx -> SecurityHeaders.apply(ctx::header));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/studygraph/web";
                files.location = Location.CLASSPATH;
                // The pages are served with their shared top bar put in; see Pages.
                files.skipFileFunction = request -> Pages.isPage(request.getRequestURI());
            });
            config.routes.get("/", ctx -> pages.serve(ctx, "index.html"));
            for (String page : Pages.NAMES) config.routes.get("/" + page, ctx -> pages.serve(ctx, page));
            config.routes.get("/health", api::health);
            config.routes.get("/api/overview", api::overview);
            config.routes.get("/api/entity", api::entity);
            config.routes.get("/api/cite", api::cite);
            config.routes.get("/api/labels", api::labels);
            config.routes.post("/api/labels", api::labels);
            config.routes.get("/api/graph", graph::graph);
            config.routes.get("/api/path", graph::path);
            config.routes.get("/api/connections", graph::connections);
            // Every route that changes the store is registered through the guard.
            config.routes.post("/api/import", guard.protect(ApiController.IMPORT_TYPES, api::importSource));
            config.routes.get("/api/sources", sources::list);
            config.routes.delete("/api/sources/{name}", guard.protect(StudyController.JSON_BODY, sources::remove));
            config.routes.get("/api/study/progress", study::progress);
            config.routes.post("/api/study/progress", guard.protect(StudyController.JSON_BODY, study::setProgress));
            config.routes.get("/api/study/plan", study::plan);
            config.routes.post("/api/study/plan/moves", guard.protect(StudyController.JSON_BODY, study::move));
            config.routes.get("/api/study/export", export::studyData);
            config.routes.get("/api/export", export::export);
            config.routes.get("/api/study/gaps", study::gaps);
            config.routes.get("/api/study/cards", study::cards);
            config.routes.get("/api/study/mentions", study::mentions);
            config.routes.get("/api/study/notes", study::notes);
            config.routes.post("/api/study/notes", guard.protect(StudyController.JSON_BODY, study::createNote));
            config.routes.put("/api/study/notes/{id}", guard.protect(StudyController.JSON_BODY, study::updateNote));
            config.routes.delete("/api/study/notes/{id}", guard.protect(StudyController.JSON_BODY, study::deleteNote));
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/suggest", search::suggest);
            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            config.routes.options("/sparql", sparql::options);
            config.routes.get("/api/queries", sparql::gallery);
            config.routes.get("/id/{kind}/{key}", ids::handle);
            // HEAD answers as GET would (status, type, length) without the body; a method neither
            // serves is a 405 that says which ones it does (RFC 9110 §15.5.6).
            config.routes.head("/sparql", sparql::handle);
            config.routes.head("/id/{kind}/{key}", ids::handle);
            refuseOtherMethods(config, "/sparql", "GET, HEAD, POST, OPTIONS");
            refuseOtherMethods(config, "/id/{kind}/{key}", "GET, HEAD");
            config.routes.exception(ImportException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
            config.routes.exception(io.studygraph.study.StudyException.class, StudyController::mapException);
            config.routes.exception(io.studygraph.graph.UnknownSourceException.class, (e, ctx) -> problem(ctx, 404, "Not Found", e.getMessage()));
            config.routes.exception(SparqlException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
            config.routes.exception(BadQueryException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
            config.routes.exception(QueryCancelledException.class, (e, ctx) -> problem(ctx, 503, "Service Unavailable",
                    "The query took longer than the time limit (" + sg.sparql().limits().timeout().toSeconds()
                            + " s) and was stopped; narrow it or add a LIMIT"));
            config.routes.exception(SparqlBusyException.class, (e, ctx) -> problem(ctx, 503, "Service Unavailable", e.getMessage()));
            // The shared store is down, slow or refusing us: the page says so and the next request tries again.
            config.routes.exception(io.studygraph.graph.StoreUnavailableException.class, (e, ctx) -> {
                boolean badAnswer = e.reason() == io.studygraph.graph.StoreUnavailableException.Reason.SERVER_ERROR
                        || e.reason() == io.studygraph.graph.StoreUnavailableException.Reason.MALFORMED_ANSWER;
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                if (!badAnswer) ctx.header("Retry-After", "5");
                int status = badAnswer ? 502 : 503;
                // A person gets a page that says so and retries; the pages' own requests get the
                // problem, whose title is what they look for to show their banner (web/js/api.js).
                if (wantsPage(ctx)) {
                    pages.serve(ctx, "unavailable.html");
                    ctx.status(status);
                } else {
                    problem(ctx, status, STORE_UNAVAILABLE, e.getMessage());
                }
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    io.javalin.http.HttpStatus.forStatus(e.getStatus()).getMessage(), detail(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "Internal Server Error", "Something went wrong on the server; the log has the details");
            });
            // A person who followed a dead link gets a page to search from; a program gets the problem.
            config.routes.error(404, ctx -> {
                // Javalin has already written its "Endpoint … not found" as a problem for an address
                // no route serves; the API's own 404s and /id/'s pages stay as they are.
                boolean page = !ctx.path().startsWith("/api/") && !ctx.path().startsWith("/id/") && !ctx.path().startsWith("/sparql");
                if (!page && ctx.result() != null && !ctx.result().isEmpty()) return;
                if (page && prefersHtml(ctx)) {
                    pages.serve(ctx, "missing.html");
                    ctx.status(404);
                } else {
                    problem(ctx, 404, "Not Found", "No such page: " + ctx.path());
                }
            });
            // Any other error status Javalin sets itself (405, 413, ...) still answers with a problem, never an empty body.
            for (io.javalin.http.HttpStatus status : io.javalin.http.HttpStatus.values()) {
                if (status.getCode() < 400 || status.getCode() == 404) continue;
                config.routes.error(status.getCode(), ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty()) problem(ctx, status.getCode(), status.getMessage(), JettyErrors.detail(status.getCode()));
                });
            }
        }).start(settings.host(), settings.port());
        LOG.info("StudyGraph is serving on http://{}:{}/", hostForUrl(settings.host()), app.port());
        if (!isLoopback(settings.host())) {
            LOG.warn("Listening on {}, not only this machine: anyone who reaches it can read the graph; put a TLS proxy in front", settings.host());
        }
        return new WebServer(app);
    }

    private static void refuseOtherMethods(io.javalin.config.JavalinConfig config, String path, String allowed) {
        io.javalin.http.Handler refuse = ctx -> {
            ctx.header("Allow", allowed);
            problem(ctx, 405, "Method Not Allowed", ctx.method().name() + " is not served here; " + ctx.path() + " answers " + allowed);
        };
        config.routes.put(path, refuse);
        config.routes.delete(path, refuse);
        config.routes.patch(path, refuse);
    }

    /** Javalin's own 413 (a body past {@link #MAX_REQUEST_BYTES}) says only its title; say the limit. */
    private static String detail(HttpResponseException e) {
        boolean bare = e.getMessage() == null || e.getMessage().equals(io.javalin.http.HttpStatus.forStatus(e.getStatus()).getMessage());
        if (e.getStatus() == 413 && bare) return "The request body is larger than " + MAX_REQUEST_BYTES + " bytes, the most this endpoint reads";
        return bare ? JettyErrors.detail(e.getStatus()) : e.getMessage();
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public int port() {
        return app.port();
    }

    /** A browser asking for a page (not the API, nor /sparql's answers), which would rather have HTML than a problem. */
    private static boolean wantsPage(io.javalin.http.Context ctx) {
        return !ctx.path().startsWith("/api/") && !ctx.path().equals("/health") && prefersHtml(ctx);
    }

    private static boolean prefersHtml(io.javalin.http.Context ctx) {
        return AcceptHeader.parse(ctx.header("Accept")).choose(java.util.List.of("application/problem+json", "text/html"))
                .filter(c -> c.mediaType().equals("text/html")).isPresent();
    }

    /** The title of every problem a failing remote store causes. */
    static final String STORE_UNAVAILABLE = "Graph store unavailable";

    static void problem(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType("application/problem+json");
        try {
            ctx.result(JSON.writeValueAsString(Problem.of(status, title, detail, ctx.path())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.result("{\"status\":" + status + "}");
        }
    }

    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Override
    public void close() {
        app.stop();
    }
}
