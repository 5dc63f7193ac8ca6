package org.dateline.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.store.Fixtures;
import org.dateline.store.Store;
import org.dateline.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API and the page over a real server on a free port, called over HTTP; the store holds the
 * hand-written Oslo/Kassala records of the store tests and one article that tries to inject a script.
 * Each backend runs it through a subclass that says which database to use.
 */
abstract class WebServerContractTest {
    static final String HOSTILE_TEXT = "<script>alert('owned')</script> The council met on Monday. <img src=x onerror=alert(1)>";
    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer server;
    private String base;

    /** The --db value of a new, empty store. */
    abstract String freshDb();

    @BeforeEach
    void start() {
        String db = freshDb();
        try (Store s = Stores.open(db)) {
            Fixtures.all().forEach(s::put);
            s.put(new Analysis(Analysis.VERSION, new DocumentInfo("hostile", "javascript:alert(1)", "text/html", HOSTILE_TEXT.length()),
                    new Article(HOSTILE_TEXT, "<b>Bold</b> <script>alert(2)</script>", null, "Evil <i>Outlet</i>", "2024-03-06",
                            null, List.of(), List.of(), "en"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        server = new WebServer(() -> Stores.open(db), 2);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return AnalysisJson.mapper().readTree(r.body());
    }

    @Test
    void articlesArePagedNewestFirstWithCounts() throws Exception {
        JsonNode page = json("/api/articles", 200);
        assertEquals(4, page.get("total").asInt());
        assertEquals(4, page.get("articles").size());
        assertEquals("2024-03-06", page.get("articles").get(0).get("published").asText(), "the newest first");
        JsonNode wire = page.get("articles").get(3);
        assertEquals("https://northernwire.example/2024/oslo-talks", wire.get("url").asText());
        assertEquals(1, wire.get("quotes").asInt());
        assertEquals(2, wire.get("entities").asInt());
        JsonNode second = json("/api/articles?offset=1&limit=2", 200);
        assertEquals(2, second.get("articles").size());
        assertEquals(page.get("articles").get(1), second.get("articles").get(0));
        assertEquals(4, second.get("total").asInt());
    }

    @Test
    void anArticleIsItsWholeStoredRecord() throws Exception {
        long id = json("/api/articles", 200).get("articles").get(3).get("documentId").asLong();
        JsonNode record = json("/api/articles/" + id, 200);
        assertEquals(Fixtures.OSLO_WIRE, record.at("/article/text").asText());
        assertEquals("Ola Berg", record.at("/entities/0/name").asText());
        assertEquals("Talks will continue next week,", record.at("/quotes/0/content/text").asText());
        assertEquals("043", record.at("/events/0/cameo").asText());
        Analysis parsed = AnalysisJson.fromJson(get("/api/articles/" + id).body());
        assertEquals(Fixtures.osloWire(), parsed, "the record round-trips through the API unchanged");
        assertEquals("no article 99999", json("/api/articles/99999", 404).get("error").asText());
        assertTrue(json("/api/articles/abc", 400).get("error").asText().contains("abc"));
    }

    @Test
    void eventsTakeTheFiltersOfTheEventsCommand() throws Exception {
        JsonNode all = json("/api/events", 200);
        assertEquals(2, all.get("total").asInt());
        JsonNode berg = json("/api/events?actor=berg", 200);
        assertEquals(1, berg.get("total").asInt());
        assertEquals(3, berg.at("/events/0/numArticles").asInt(), "one meeting reported by three articles");
        JsonNode fight = json("/api/events?code=19&modality=negated&place=kassala&from=2024-03-05&to=2024-03-05", 200);
        assertEquals(1, fight.get("total").asInt());
        assertEquals("The army denied that rebels attacked a convoy near Kassala on Tuesday.",
                fight.at("/events/0/reports/0/evidence/text").asText());
        assertEquals(0, json("/api/events?plover=CONSULT&to=2024-03-03", 200).get("total").asInt());
        JsonNode paged = json("/api/events?limit=1&offset=1", 200);
        assertEquals(2, paged.get("total").asInt());
        assertEquals(all.at("/events/1/id"), paged.at("/events/0/id"));
    }

    @Test
    void badParametersAre400WithAJsonError() throws Exception {
        assertTrue(json("/api/events?modality=rumoured", 400).get("error").asText().contains("modality"));
        assertTrue(json("/api/events?from=2024-13-01", 400).get("error").asText().contains("from"));
        assertTrue(json("/api/events?code=fight", 400).get("error").asText().contains("code"));
        assertTrue(json("/api/events?limit=0", 400).get("error").asText().contains("limit"));
        assertTrue(json("/api/events?format=xml", 400).get("error").asText().contains("format"));
        assertTrue(json("/api/events?actr=berg", 400).get("error").asText().contains("unknown parameter actr"));
        assertTrue(json("/api/quotes?offset=-1", 400).get("error").asText().contains("offset"));
        assertTrue(json("/api/search", 400).get("error").asText().contains("q"));
        assertEquals(400, json("/api/stats?top=many", 400).get("status").asInt());
        assertEquals(404, json("/api/nothing-here", 404).get("status").asInt());
    }

    @Test
    void eventsExportInTheStoreFormats() throws Exception {
        HttpResponse<String> csv = get("/api/events?format=csv&actor=berg");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("events.csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[0].startsWith("id,date,source,target,cameo"), lines[0]);
        assertTrue(lines[1].contains("NORGOV (Ola Berg)"), lines[1]);
        String gdelt = get("/api/events?format=gdelt").body();
        assertEquals(2, gdelt.strip().split("\n").length);
        assertEquals(61, gdelt.strip().split("\n")[0].split("\t", -1).length, "GDELT 2.0 event rows have 61 columns");
        String plover = get("/api/events?format=plover&code=19").body();
        assertEquals(1, plover.strip().split("\n").length);
        assertTrue(plover.contains("\"FIGHT\""), plover);
    }

    @Test
    void quotesSearchAndStatsAnswerFromTheStore() throws Exception {
        JsonNode berg = json("/api/quotes?speaker=berg", 200);
        assertEquals(1, berg.get("total").asInt());
        assertEquals("Talks will continue next week,", berg.at("/quotes/0/content/text").asText());
        assertEquals("Ola Berg", berg.at("/quotes/0/speakerName").asText());
        assertEquals(1, json("/api/quotes?text=listen", 200).get("total").asInt());
        JsonNode search = json("/api/search?q=listen", 200);
        assertEquals("listen", search.get("query").asText());
        assertTrue(search.get("hits").size() >= 1);
        assertTrue(search.toString().contains("[listen]"), search.toString());
        JsonNode stats = json("/api/stats?top=3", 200);
        assertEquals(4, stats.at("/rows/articles").asInt());
        assertEquals(2, stats.at("/rows/events").asInt());
        assertEquals("2024-03-06", stats.get("lastPublished").asText());
        assertEquals("Northern Wire", stats.at("/outlets/0/value").asText());
    }

    @Test
    void thePageIsServedWithItsOwnScriptOnly() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"/app.js\"></script>"), page.body());
        assertFalse(page.body().matches("(?s).*(https?:)?//[a-z].*\\.(js|css).*"), "nothing is fetched from elsewhere");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        HttpResponse<String> js = get("/app.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertEquals(200, get("/app.css").statusCode());
    }

    @Test
    void anArticleWithMarkupComesBackAsTextAndThePageNeverParsesStoredText() throws Exception {
        JsonNode list = json("/api/articles?limit=1", 200);
        long id = list.at("/articles/0/documentId").asLong();
        HttpResponse<String> raw = get("/api/articles/" + id);
        assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElse(""));
        JsonNode record = AnalysisJson.mapper().readTree(raw.body());
        assertEquals(HOSTILE_TEXT, record.at("/article/text").asText(), "stored text is returned exactly, as a JSON string");
        assertEquals("<b>Bold</b> <script>alert(2)</script>", record.at("/article/title").asText());
        // the page builds every node from text: no HTML parsing of data anywhere in its script
        String js = get("/app.js").body();
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
            assertFalse(js.contains(sink), "app.js uses " + sink);
        }
        assertTrue(js.contains("createTextNode"), "text goes in as text nodes");
        assertTrue(js.contains("/^https?:\\/\\//i.test(url)"), "stored URLs become links only when they are web addresses");
    }
}
