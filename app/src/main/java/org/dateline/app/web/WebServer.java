package org.dateline.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dateline.extract.Analyzer;
import org.dateline.model.AnalysisJson;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * {@code dateline serve}: the JSON API under {@code /api} and the web page (static files from the
 * class path, no build step, nothing fetched at run time) over one store. Read-only: the optional
 * {@code POST /api/analyze} returns a record without storing it.
 */
public final class WebServer implements AutoCloseable {
    /** Where the page's HTML, CSS and JavaScript live on the class path. */
    static final String WEB_ROOT = "/org/dateline/app/web/static";
    /** The page runs only its own script and style: a stored article can never bring code with it. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String ANSWERED = "dateline.errorAnswered";

    private final StorePool stores;
    private final Javalin app;

    /** A read-only server over stores made by {@code opener}, at most {@code connections} at once. Nothing is opened yet. */
    public WebServer(Supplier<Store> opener, int connections) {
        this(opener, connections, null);
    }

    /**
     * As above, and {@code POST /api/analyze} with the analyzer {@code analyzer} loads at its first
     * request (null: the endpoint answers 403).
     */
    public WebServer(Supplier<Store> opener, int connections, Supplier<Analyzer> analyzer) {
        this.stores = new StorePool(opener, connections);
        ApiRoutes api = new ApiRoutes(stores);
        AnalyzeRoute analyze = new AnalyzeRoute(analyzer);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(AnalysisJson.mapper(), false));
            config.staticFiles.add(WEB_ROOT, Location.CLASSPATH);
            config.routes.before(WebServer::securityHeaders);
            config.routes.get("/api/articles", api::articles);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/events", api::events);
            config.routes.get("/api/quotes", api::quotes);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/stats", api::stats);
            config.routes.post("/api/analyze", analyze::handle);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            // Javalin's own refusals (a body over the size limit, a malformed request) keep their status
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> serverError(ctx, 503, "the store failed: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> serverError(ctx, 500, e.getClass().getSimpleName() + ": " + e.getMessage()));
            config.routes.error(404, ctx -> {
                // a 404 of our own (an unknown id) already has its JSON body; this is for unknown paths
                if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, "no such endpoint " + ctx.path());
                }
            });
        });
    }

    /** Checks that the store opens (a bad --db fails here, before anything listens). */
    public String checkStore() {
        return stores.with(Store::location);
    }

    /** Starts listening; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        stores.close();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /** A failure on our side: the operator sees it on stderr, the client gets the JSON error. */
    private static void serverError(Context ctx, int status, String message) {
        System.err.println("dateline serve: " + ctx.method() + " " + ctx.path() + ": " + message);
        error(ctx, status, message);
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(body);
    }
}
