package org.dateline.app.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Analysis;
import org.dateline.store.ArticleSummary;
import org.dateline.store.EventQuery;
import org.dateline.store.QuoteQuery;
import org.dateline.store.SearchHit;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredQuote;
import org.dateline.store.export.EventCsvFormat;
import org.dateline.store.export.GdeltFormat;
import org.dateline.store.export.PloverFormat;

/** The read-only JSON API over a store: one method per endpoint, parameters checked by {@link Params}. */
final class ApiRoutes {
    static final List<String> MODALITIES = List.of("asserted", "claimed", "negated", "hypothetical", "future", "question");
    static final List<String> EVENT_FORMATS = List.of("json", "csv", "gdelt", "plover");
    /** A page of JSON holds at most this many items; an export at most {@link #MAX_EXPORT}. */
    static final int MAX_PAGE = 1000;
    static final int MAX_EXPORT = 1_000_000;
    private static final Set<String> PAGING = Set.of("offset", "limit");
    private static final Set<String> EVENT_PARAMS = Set.of("actor", "code", "plover", "from", "to", "place", "modality",
            "format", "offset", "limit");

    private final StorePool stores;

    ApiRoutes(StorePool stores) {
        this.stores = stores;
    }

    void articles(Context ctx) {
        Params p = new Params(ctx, PAGING);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = p.integer("limit", 50, 1, MAX_PAGE);
        Map<String, Object> page = stores.with(s -> {
            List<ArticleSummary> articles = s.articles(offset, limit);
            return page(s.countArticles(), offset, limit, "articles", articles);
        });
        ctx.json(page);
    }

    void article(Context ctx) {
        new Params(ctx, Set.of());
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("article id must be a number, not " + raw);
        }
        Analysis a = stores.with(s -> s.analysis(id));
        if (a == null) {
            throw ApiError.notFound("no article " + id);
        }
        ctx.json(a);
    }

    void events(Context ctx) {
        Params p = new Params(ctx, EVENT_PARAMS);
        String format = p.oneOf("format", "json", EVENT_FORMATS);
        boolean json = format.equals("json");
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = p.integer("limit", json ? 50 : MAX_EXPORT, 1, json ? MAX_PAGE : MAX_EXPORT);
        String modality = p.oneOf("modality", null, MODALITIES);
        EventQuery q = new EventQuery(p.text("actor"), p.matching("code", "\\d{1,4}", "a CAMEO code prefix of 1 to 4 digits"),
                p.matching("plover", "[A-Za-z_-]+", "a PLOVER event type"), p.date("from"), p.date("to"),
                p.text("place"), modality, limit, offset);
        if (json) {
            ctx.json(stores.with(s -> page(s.countEvents(q), offset, limit, "events", s.events(q))));
            return;
        }
        List<StoredEvent> events = stores.with(s -> s.events(q));
        String[] type = switch (format) {
            case "csv" -> new String[] {"text/csv; charset=utf-8", "events.csv"};
            case "gdelt" -> new String[] {"text/tab-separated-values; charset=utf-8", "events.gdelt.tsv"};
            default -> new String[] {"application/x-ndjson; charset=utf-8", "events.plover.jsonl"};
        };
        ctx.contentType(type[0]);
        ctx.header("Content-Disposition", "attachment; filename=\"" + type[1] + "\"");
        // written whole before sending: a store failure half-way must still become an error status
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8);
            switch (format) {
                case "csv" -> EventCsvFormat.write(events, w);
                case "gdelt" -> GdeltFormat.write(events, w);
                default -> PloverFormat.write(events, w);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
        ctx.result(body.toByteArray());
    }

    void quotes(Context ctx) {
        Params p = new Params(ctx, Set.of("speaker", "text", "offset", "limit"));
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = p.integer("limit", 50, 1, MAX_PAGE);
        QuoteQuery q = new QuoteQuery(p.text("speaker"), p.text("text"), limit, offset);
        ctx.json(stores.with(s -> {
            List<StoredQuote> quotes = s.quotes(q);
            return page(s.countQuotes(q), offset, limit, "quotes", quotes);
        }));
    }

    void search(Context ctx) {
        Params p = new Params(ctx, Set.of("q", "limit"));
        String q = p.text("q");
        if (q == null) {
            throw ApiError.badRequest("parameter q (the words to search for) is required");
        }
        int limit = p.integer("limit", 20, 1, MAX_PAGE);
        List<SearchHit> hits = stores.with(s -> s.search(q, limit));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("hits", hits);
        ctx.json(out);
    }

    void stats(Context ctx) {
        Params p = new Params(ctx, Set.of("top"));
        int top = p.integer("top", 10, 1, 100);
        ctx.json(stores.with(s -> s.stats(top)));
    }

    private static Map<String, Object> page(long total, int offset, int limit, String name, List<?> items) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("offset", offset);
        out.put("limit", limit);
        out.put(name, items);
        return out;
    }
}
