package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, run on each backend by a subclass that says how to open a fresh one. */
abstract class StoreContractTest {
    Store store;

    /** A new, empty store. */
    abstract Store openFresh();

    /** The same store opened again (as a new process would). */
    abstract Store reopen();

    @BeforeEach
    void open() {
        store = openFresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void parallelIngestStoresInInputOrderAndReportsTheBrokenDocument() {
        List<String> order = new ArrayList<>();
        FakeAnalysis fake = new FakeAnalysis(0);
        Ingester.AnalysisStep step = doc -> {
            String text = new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (text.startsWith("Broken")) {
                throw new org.dateline.ingest.DocumentException(doc.path(), "cannot be read");
            }
            try {
                // later documents finish first: order must still be the input's
                Thread.sleep(Math.max(0, 12 - text.length() % 12));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fake.analyze(doc);
        };
        List<String> paths = new ArrayList<>();
        try (Ingester ingester = new Ingester(store, step, (path, outcome, problem) -> order.add(path + " " + outcome), 2)) {
            for (int i = 0; i < 12; i++) {
                String text = (i == 5 ? "Broken" : "Actor" + i) + " met " + "x".repeat(i);
                paths.add("doc" + i);
                ingester.accept(new org.dateline.ingest.SourceDocument("doc" + i,
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.dateline.ingest.DocumentMetadata.NONE));
            }
            // the same bytes again while the first copy may still be in flight: stored once
            ingester.accept(new org.dateline.ingest.SourceDocument("again", "Actor0 met ".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), org.dateline.ingest.DocumentMetadata.NONE));
            ingester.close();
            assertEquals(11, ingester.stored());
            assertEquals(1, ingester.failed());
            assertEquals(1, ingester.skipped());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("doc" + i + (i == 5 ? " FAILED" : " STORED"));
        }
        expected.add("again SKIPPED");
        assertEquals(expected, order);
    }

    @Test
    void puttingTheSameAnalysisTwiceStoresItOnce() {
        for (Analysis a : Fixtures.all()) {
            assertTrue(store.put(a), "first put of " + a.document().id());
        }
        Map<String, Long> once = store.rowCounts();
        for (Analysis a : Fixtures.all()) {
            assertFalse(store.put(a), "second put of " + a.document().id());
        }
        assertEquals(once, store.rowCounts());
        assertEquals(3, once.get("documents"));
        assertEquals(3, once.get("articles"));
        assertEquals(2, once.get("events"), "three reports of one meeting and one attack");
        assertEquals(4, once.get("event_reports"));
        assertEquals(2, once.get("quotes"));
    }

    @Test
    void theSameBytesAreTheSameDocumentWhateverTheRecordSays() {
        Analysis a = Fixtures.osloWire();
        DocumentKey key = DocumentKey.ofBytes("raw bytes of the page".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://northernwire.example/2024/oslo-talks");
        assertFalse(store.contains(key.sha256()));
        assertTrue(store.put(a, key));
        assertTrue(store.contains(key.sha256()));
        assertFalse(store.put(Fixtures.osloFollowup(), key), "other content under the same bytes' hash is not stored");
        assertEquals(1L, store.rowCounts().get("documents"));
    }

    @Test
    void reportsOfOneEventFromSeveralArticlesMakeOneEventWithGdeltCounts() {
        Fixtures.all().forEach(store::put);
        List<StoredEvent> meetings = store.events(new EventQuery(null, "04", null, null, null, null, null, 100));
        assertEquals(1, meetings.size());
        StoredEvent m = meetings.get(0);
        assertEquals(3, m.numMentions());
        assertEquals(3, m.numArticles());
        assertEquals(2, m.numSources(), "Northern Wire twice and Harbor Times once");
        assertEquals(3, m.reports().size());
        assertEquals("NORGOV", m.sourceCode());
        assertEquals("SDNMIL", m.targetCode());
        assertEquals("Oslo", m.place().name());
        assertEquals(3143244L, m.place().geonameId());
        assertEquals("https://northernwire.example/2024/oslo-talks", m.sourceUrl());
        List<String> evidence = new ArrayList<>();
        for (EventReport r : m.reports()) {
            evidence.add(r.evidence().text());
            assertNotNull(r.trigger());
        }
        assertTrue(evidence.get(1).startsWith("A Sudanese army delegation held talks"), evidence.toString());
        assertEquals(3, evidence.stream().distinct().count(), "each report keeps its own evidence");
    }

    @Test
    void eventFiltersNarrowTheResults() {
        Fixtures.all().forEach(store::put);
        assertEquals(2, events(new EventQuery(null, null, null, null, null, null, null, 100)));
        assertEquals(2, events(new EventQuery("SDN", null, null, null, null, null, null, 100)), "code prefix");
        assertEquals(1, events(new EventQuery("berg", null, null, null, null, null, null, 100)), "name substring");
        assertEquals(1, events(new EventQuery("SDNREB", null, null, null, null, null, null, 100)));
        assertEquals(1, events(new EventQuery(null, "19", null, null, null, null, null, 100)));
        assertEquals(1, events(new EventQuery(null, null, "fight", null, null, null, null, 100)));
        assertEquals(1, events(new EventQuery(null, null, null, "2024-03-05", null, null, null, 100)));
        assertEquals(1, events(new EventQuery(null, null, null, null, "2024-03-04", null, null, 100)));
        assertEquals(0, events(new EventQuery(null, null, null, "2024-03-06", null, null, null, 100)));
        assertEquals(1, events(new EventQuery(null, null, null, null, null, "kassala", null, 100)));
        assertEquals(1, events(new EventQuery(null, null, null, null, null, "NO", null, 100)), "country code");
        assertEquals(1, events(new EventQuery(null, null, null, null, null, null, "negated", 100)));
        assertEquals(1, events(new EventQuery(null, null, null, null, null, null, "claimed", 100)));
        assertEquals(0, events(new EventQuery(null, null, null, null, null, null, "future", 100)));
        assertEquals(1, events(new EventQuery(null, null, null, null, null, null, null, 1)), "limit");
        assertEquals(0, events(new EventQuery("100%_", null, null, null, null, null, null, 100)), "LIKE wildcards are literal");
    }

    private int events(EventQuery q) {
        return store.events(q).size();
    }

    @Test
    void eventsAndQuotesPageAndCountWhateverTheLimit() {
        Fixtures.all().forEach(store::put);
        EventQuery all = new EventQuery(null, null, null, null, null, null, null, 100);
        List<StoredEvent> every = store.events(all);
        List<StoredEvent> second = store.events(new EventQuery(null, null, null, null, null, null, null, 1, 1));
        assertEquals(1, second.size());
        assertEquals(every.get(1).id(), second.get(0).id(), "offset 1 is the second event");
        assertEquals(0, store.events(new EventQuery(null, null, null, null, null, null, null, 10, 2)).size());
        assertEquals(2, store.countEvents(new EventQuery(null, null, null, null, null, null, null, 1)));
        assertEquals(1, store.countEvents(new EventQuery(null, "19", null, null, null, null, null, 1)));
        assertEquals(1, store.countEvents(new EventQuery("berg", null, null, null, null, null, null, 1)));
        assertEquals(2, store.countQuotes(new QuoteQuery(null, null, 1)));
        assertEquals(1, store.countQuotes(new QuoteQuery("berg", null, 1)));
        List<StoredQuote> quotes = store.quotes(QuoteQuery.ALL);
        assertEquals(quotes.get(1).content(), store.quotes(new QuoteQuery(null, null, 5, 1)).get(0).content());
    }

    @Test
    void articlesAreListedNewestFirstWithWhatWasFoundInEach() {
        Fixtures.all().forEach(store::put);
        List<ArticleSummary> page = store.articles(0, 10);
        assertEquals(3, page.size());
        assertEquals(3, store.countArticles());
        assertEquals(List.of("2024-03-05", "2024-03-05", "2024-03-04"), page.stream().map(ArticleSummary::published).toList());
        ArticleSummary wire = page.get(2);
        assertEquals("Northern Wire", wire.outlet());
        assertEquals("https://northernwire.example/2024/oslo-talks", wire.url());
        assertEquals(Fixtures.OSLO_WIRE.length(), wire.textLength());
        assertEquals(List.of(2, 1, 1, 1, 1), List.of(wire.entities(), wire.places(), wire.times(), wire.quotes(), wire.events()));
        ArticleSummary followup = page.stream().filter(a -> a.url().endsWith("oslo-followup")).findFirst().orElseThrow();
        assertEquals(2, followup.events());
        assertEquals(List.of(page.get(1)), store.articles(1, 1));
        assertTrue(store.articles(3, 10).isEmpty());
        assertEquals(page.get(0), store.articles(0, 1).get(0));
        assertEquals(Fixtures.OSLO_WIRE, store.analysis(wire.documentId()).article().text());
    }

    @Test
    void statsSummarizeTheStore() {
        Fixtures.all().forEach(store::put);
        StoreStats stats = store.stats(2);
        assertEquals(store.rowCounts(), stats.rows());
        assertEquals("2024-03-04", stats.firstPublished());
        assertEquals("2024-03-05", stats.lastPublished());
        assertEquals("2024-03-04", stats.firstEvent());
        assertEquals("2024-03-05", stats.lastEvent());
        assertEquals(new StoreStats.Count("Northern Wire", 2), stats.outlets().get(0));
        assertEquals(2, stats.outlets().size());
        assertEquals(List.of(new StoreStats.Count("SDNMIL", 2), new StoreStats.Count("NORGOV", 1)), stats.actors());
        assertEquals(List.of("04", "19"), stats.cameoRoots().stream().map(StoreStats.Count::value).toList());
    }

    @Test
    void quotesAreFoundBySpeakerAndWords() {
        Fixtures.all().forEach(store::put);
        List<StoredQuote> all = store.quotes(QuoteQuery.ALL);
        assertEquals(2, all.size());
        List<StoredQuote> berg = store.quotes(new QuoteQuery("berg", null, 10));
        assertEquals(1, berg.size());
        assertEquals("Talks will continue next week,", berg.get(0).content().text());
        assertEquals("Ola Berg", berg.get(0).speakerName());
        assertEquals("Northern Wire", berg.get(0).outlet());
        assertEquals(1, store.quotes(new QuoteQuery(null, "continue week", 10)).size());
        assertEquals(0, store.quotes(new QuoteQuery(null, "continue month", 10)).size());
        assertEquals(1, store.quotes(new QuoteQuery("head of the delegation", "listen", 10)).size(),
                "a speaker without an entity is found by the words that name it");
    }

    @Test
    void fullTextSearchFindsArticlesAndQuotes() {
        Fixtures.all().forEach(store::put);
        List<SearchHit> hits = store.search("convoy", 10);
        assertEquals(1, hits.size());
        assertEquals("article", hits.get(0).kind());
        assertTrue(hits.get(0).snippet().contains("[convoy]"), hits.get(0).snippet());
        List<SearchHit> listen = store.search("listen", 10);
        assertTrue(listen.stream().anyMatch(h -> h.kind().equals("quote") && "Q1".equals(h.ref())), listen.toString());
        assertTrue(store.search("talks", 10).size() >= 2, "stemming: talks matches talks in several articles");
        assertEquals(0, store.search("zeppelin", 10).size());
        assertEquals(0, store.search("  ", 10).size());
        assertFalse(store.search("\"Ola Berg\" OR", 10).isEmpty(), "a dangling OR is ignored");
        assertEquals(1, store.search("convoy OR zeppelin", 10).size());
        assertEquals(0, store.search("convoy zeppelin", 10).size(), "all words are required");
        assertEquals(0, store.search("\"convoy Oslo\"", 10).size(), "a quoted phrase must occur as such");
    }

    @Test
    void theStoredRecordComesBackWhole() {
        Analysis a = Fixtures.osloWire();
        store.put(a);
        long id = store.events(EventQuery.ALL).get(0).reports().get(0).documentId();
        Analysis back = store.analysis(id);
        assertEquals(a, back);
        AnalysisAssertions.assertSpansPointAtText(back);
    }

    @Test
    void everyTableExportsWithItsColumns() {
        Fixtures.all().forEach(store::put);
        Map<String, Long> counts = store.rowCounts();
        for (String table : Store.TABLES) {
            List<String> cols = new ArrayList<>();
            long[] rows = {0};
            store.exportTable(table, new RowSink() {
                @Override
                public void columns(List<String> names, List<ColumnType> types) {
                    cols.addAll(names);
                }

                @Override
                public void row(Object[] values) {
                    assertEquals(cols.size(), values.length);
                    rows[0]++;
                }
            });
            assertEquals(counts.get(table), rows[0], table);
            assertFalse(cols.isEmpty(), table);
        }
    }

    @Test
    void reopeningKeepsEverythingAndMigratesNothing() {
        Fixtures.all().forEach(store::put);
        Map<String, Long> before = store.rowCounts();
        store.close();
        store = reopen();
        assertEquals(before, store.rowCounts());
        assertEquals(2, ((org.dateline.store.jdbc.JdbcStore) store).schemaVersion());
    }
}
