package org.dateline.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dateline.extract.Analyzer;
import org.dateline.model.AnalysisJson;
import org.dateline.nlp.SharedPipeline;
import org.dateline.store.Stores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/analyze: off by default, checks its input before loading anything, and analyzes for real when on. */
class AnalyzeRouteTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> post(int port, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/analyze"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isForbiddenUnlessAllowed() throws Exception {
        try (WebServer server = new WebServer(() -> Stores.open(dir.resolve("a.db").toString()), 1)) {
            HttpResponse<String> r = post(server.start("127.0.0.1", 0), "application/json", "{\"text\": \"Hello.\"}");
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("--allow-analyze"), r.body());
        }
    }

    @Test
    void badBodiesAre400WithoutLoadingTheModels() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Supplier<Analyzer> loader = () -> {
            loads.incrementAndGet();
            throw new IllegalStateException("models must not load for a bad request");
        };
        try (WebServer server = new WebServer(() -> Stores.open(dir.resolve("b.db").toString()), 1, loader)) {
            int port = server.start("127.0.0.1", 0);
            assertEquals(400, post(port, "application/json", "{not json").statusCode());
            assertEquals(400, post(port, "application/json", "[1, 2]").statusCode());
            assertEquals(400, post(port, "application/json", "{\"txt\": \"typo\"}").statusCode());
            assertEquals(400, post(port, "application/json", "{\"text\": \"a\", \"html\": \"<p>b</p>\"}").statusCode());
            assertEquals(400, post(port, "application/json", "{\"text\": \"a\", \"published\": \"last week\"}").statusCode());
            assertEquals(400, post(port, "text/plain", "   ").statusCode());
            HttpResponse<String> r = post(port, "application/json", "{\"text\": 42}");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("\"error\""), r.body());
            assertEquals(0, loads.get());
        }
    }

    @Test
    @Tag("slow")
    void analyzesAPostedArticleWithoutStoringIt() throws Exception {
        String db = dir.resolve("c.db").toString();
        try (WebServer server = new WebServer(() -> Stores.open(db), 1, () -> new Analyzer(SharedPipeline.get()))) {
            int port = server.start("127.0.0.1", 0);
            String text = "Mayor Lena Frost thanked the port workers in Bergen on Friday. \"The harbour never sleeps,\" Frost said.";
            HttpResponse<String> r = post(port, "application/json",
                    AnalysisJson.mapper().writeValueAsString(java.util.Map.of("text", text, "published", "2024-05-10")));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode record = AnalysisJson.mapper().readTree(r.body());
            assertEquals(text, record.at("/article/text").asText());
            assertTrue(record.get("quotes").toString().contains("The harbour never sleeps"), record.get("quotes").toString());
            assertTrue(record.get("entities").toString().contains("Frost"), record.get("entities").toString());
            AnalysisJson.fromJson(r.body()).validated();
            HttpResponse<String> plain = post(port, "text/plain; charset=utf-8", text);
            assertEquals(200, plain.statusCode(), plain.body());
        }
        try (var store = Stores.open(db)) {
            assertEquals(0L, store.rowCounts().get("documents"), "analysis stores nothing");
        }
    }
}
