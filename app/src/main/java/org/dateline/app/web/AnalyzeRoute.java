package org.dateline.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;

/**
 * {@code POST /api/analyze}: a document in ({@code {"text": ...}} or {@code {"html": ...}}, with optional
 * {@code published}, {@code title}, {@code outlet}, {@code url}; or a plain-text body), its analysis
 * record out; nothing is stored. Off unless the server was started with {@code --allow-analyze}: the
 * models take gigabytes and seconds per article, so they load at the first request, and requests
 * are analyzed one at a time.
 */
final class AnalyzeRoute {
    private static final Set<String> FIELDS = Set.of("text", "html", "published", "title", "outlet", "url", "id");
    private final Supplier<Analyzer> loader;
    private final ReaderRegistry readers = new ReaderRegistry();
    private Analyzer analyzer;

    /** {@code loader} null: analysis is off and the endpoint answers 403. */
    AnalyzeRoute(Supplier<Analyzer> loader) {
        this.loader = loader;
    }

    void handle(Context ctx) {
        new Params(ctx, Set.of());
        if (loader == null) {
            throw ApiError.forbidden("analysis is off: start the server with --allow-analyze to enable POST /api/analyze");
        }
        SourceDocument source = source(ctx);
        ReadDocument doc;
        try {
            doc = readers.read(source, source.metadata().mediaType(), ReadOptions.DEFAULTS);
        } catch (DocumentException e) {
            throw ApiError.badRequest("cannot read the document: " + e.getMessage());
        }
        ctx.json(analyze(doc));
    }

    private synchronized Analysis analyze(ReadDocument doc) {
        if (analyzer == null) {
            analyzer = loader.get();
        }
        return analyzer.analyze(doc);
    }

    /** The request body as a document; every problem with it is a 400 before any model is loaded. */
    private static SourceDocument source(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("the body is empty: send {\"text\": \"...\"} or plain text");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            return new SourceDocument("request", body.getBytes(StandardCharsets.UTF_8),
                    DocumentMetadata.NONE.withMediaType(MediaTypes.TEXT));
        }
        JsonNode json;
        try {
            json = AnalysisJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object with \"text\" or \"html\"");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("unknown field " + name + " (allowed: text, html, published, title, outlet, url, id)");
            }
        });
        String text = field(json, "text");
        String html = field(json, "html");
        if ((text == null) == (html == null)) {
            throw ApiError.badRequest("give exactly one of \"text\" and \"html\"");
        }
        String published = field(json, "published");
        if (published != null) {
            try {
                LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("\"published\" must be an ISO date or date-time, not " + published);
            }
        }
        DocumentMetadata meta = new DocumentMetadata(field(json, "id"), field(json, "url"), field(json, "title"),
                field(json, "outlet"), published, text != null ? MediaTypes.TEXT : MediaTypes.HTML);
        String content = text != null ? text : html;
        return new SourceDocument(meta.url() != null ? meta.url() : "request", content.getBytes(StandardCharsets.UTF_8), meta);
    }

    private static String field(JsonNode json, String name) {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("\"" + name + "\" must be a string");
        }
        return v.asText();
    }
}
