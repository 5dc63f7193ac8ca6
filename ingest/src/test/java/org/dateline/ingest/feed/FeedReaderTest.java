package org.dateline.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    private Path fixture(String name, String saveAs) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
            Path p = dir.resolve(saveAs);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    static ReadDocument read(SourceDocument doc) throws DocumentException {
        return new ReaderRegistry().read(doc, null, ReadOptions.DEFAULTS);
    }

    @Test
    void rssItemsBecomeDocumentsWithLinkTitleDateAndOutlet() throws Exception {
        Path feed = fixture("wire.rss", "wire.xml");
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, feed);
        assertEquals(List.of(feed + "#1", feed + "#2"), sink.paths());
        SourceDocument first = sink.documents.get(0);
        assertEquals("https://harbour-wire.example/2024/03/ferry-resumes", first.metadata().url());
        assertEquals("Ferry service resumes after storm", first.metadata().title());
        assertEquals("Harbour Wire", first.metadata().outlet());
        assertEquals("2024-03-05", first.metadata().published());
        assertEquals(MediaTypes.HTML, first.metadata().mediaType());
        SourceDocument second = sink.documents.get(1);
        assertEquals("2024-03-04", second.metadata().published());
        assertEquals(MediaTypes.TEXT, second.metadata().mediaType());
        // the item without any text is named, not dropped
        assertEquals(1, sink.failures.size());
        String message = sink.failures.get(0).getMessage();
        assertTrue(message.startsWith(feed + "#3: ") && message.contains("headline-only")
                && message.contains("no content"), message);
    }

    @Test
    void htmlContentGoesThroughTheHtmlReaderAndPlainThroughTheTextReader() throws Exception {
        Path feed = fixture("wire.rss", "wire.xml");
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, feed);
        ReadDocument html = read(sink.documents.get(0));
        assertEquals("text/html", html.info().mediaType());
        assertTrue(html.article().text().contains("Ferry crossings between the two islands resumed"), html.article().text());
        assertTrue(!html.article().text().contains("<p>"), html.article().text());
        assertEquals("Harbour Wire", html.article().outlet());
        assertEquals("Ferry service resumes after storm", html.article().title());
        assertEquals("2024-03-05", html.article().published());
        ReadDocument text = read(sink.documents.get(1));
        assertEquals("text/plain", text.info().mediaType());
        assertTrue(text.article().text().startsWith("The town council voted on Monday"), text.article().text());
        assertEquals("2024-03-04", text.article().published());
    }

    @Test
    void atomEntriesUseTheAlternateLinkAndHtmlOrXhtmlContent() throws Exception {
        Path feed = fixture("notes.atom", "notes");
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, feed);
        assertTrue(sink.failures.isEmpty(), sink.messages()::toString);
        assertEquals(2, sink.documents.size());
        SourceDocument bridge = sink.documents.get(0);
        assertEquals("https://valley-notes.example/bridge-reopens", bridge.metadata().url());
        assertEquals("Valley Notes", bridge.metadata().outlet());
        assertEquals("2024-06-01", bridge.metadata().published(), "the date in the entry's own time zone");
        ReadDocument garden = read(sink.documents.get(1));
        assertEquals("https://valley-notes.example/school-garden", sink.documents.get(1).metadata().url());
        assertEquals("2024-05-30", garden.article().published(), "updated stands in for a missing published");
        assertTrue(garden.article().text().contains("The judges praised the rainwater barrels the children built"),
                garden.article().text());
    }

    @Test
    void typeFeedForcesFeedReading() throws Exception {
        Path feed = fixture("notes.atom", "notes.txt");
        CollectingSink sink = new CollectingSink();
        new org.dateline.ingest.InputWalker(InputLimits.DEFAULTS, MediaTypes.FEED, InputStream.nullInputStream())
                .walk(List.of(feed.toString()), sink);
        assertEquals(2, sink.documents.size());
    }

    @Test
    void itemLimitIsReportedAndTheFirstItemsAreKept() throws Exception {
        Path feed = fixture("notes.atom", "notes.xml");
        CollectingSink sink = CollectingSink.walk(new InputLimits(1 << 20, 1 << 20, 1), feed);
        assertEquals(List.of(feed + "#1"), sink.paths());
        assertTrue(sink.messages().get(0).contains("--max-items"), sink.messages()::toString);
    }

    @Test
    void rssDatesInTheirCommonForms() {
        assertEquals("2024-03-05", FeedDates.isoDate("Tue, 05 Mar 2024 09:30:00 +0100"));
        assertEquals("2024-03-05", FeedDates.isoDate("Tue, 5 Mar 2024 09:30:00 EST"));
        assertEquals("2024-03-05", FeedDates.isoDate("5 March 24"));
        assertEquals("2024-06-01", FeedDates.isoDate("2024-06-01T22:15:00-04:00"));
        assertNull(FeedDates.isoDate("yesterday"));
    }

    @Test
    void contentSniffingKnowsFeedsFromPages() {
        assertEquals(MediaTypes.FEED, MediaTypes.container("<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(MediaTypes.FEED, MediaTypes.container("<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                .getBytes(StandardCharsets.UTF_8)));
        assertNull(MediaTypes.container("<feed><item>not atom</item></feed>".getBytes(StandardCharsets.UTF_8)));
        assertNull(MediaTypes.container("<html><body>rss</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void feedOnStandardInputIsSplitIntoItems() throws Exception {
        byte[] feed;
        try (InputStream in = getClass().getResourceAsStream("/feeds/notes.atom")) {
            feed = in.readAllBytes();
        }
        CollectingSink sink = new CollectingSink();
        new org.dateline.ingest.InputWalker(InputLimits.DEFAULTS, null, new java.io.ByteArrayInputStream(feed))
                .walk(List.of("-"), sink);
        assertEquals(List.of("-#1", "-#2"), sink.paths());
    }
}
