package org.dateline.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebArchiveReaderTest {
    @TempDir
    Path dir;

    private Path fixture(String saveAs) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/warc/crawl.warc")) {
            Path p = dir.resolve(saveAs);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void htmlResponsesBecomeDocumentsWithTargetUriAndDate() throws Exception {
        Path warc = fixture("crawl.warc");
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, warc);
        assertTrue(sink.failures.isEmpty(), sink.messages()::toString);
        assertEquals(List.of(warc + "#3", warc + "#6"), sink.paths());
        SourceDocument first = sink.documents.get(0);
        assertEquals("https://coastal-post.example/news/lighthouse-keepers-return?utm_source=feed", first.metadata().url());
        assertEquals("2024-04-10", first.metadata().published());
        assertEquals(MediaTypes.HTML, first.metadata().mediaType());
        assertEquals("2024-04-11", sink.documents.get(1).metadata().published());
        String warning = sink.warnings.get(0);
        assertTrue(warning.startsWith(warc + ": 5 of 7 records skipped"), warning);
        assertTrue(warning.contains("1 HTTP 404 responses") && warning.contains("1 text/plain responses")
                && warning.contains("1 request records") && warning.contains("1 warcinfo records"), warning);
    }

    @Test
    void pagesFromTheArchiveAreReadLikeSavedPages() throws Exception {
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, fixture("crawl.warc"));
        ReaderRegistry readers = new ReaderRegistry();
        ReadDocument lighthouse = readers.read(sink.documents.get(0), null, ReadOptions.DEFAULTS);
        assertEquals("2024-04-09", lighthouse.article().published(), "the page's own date wins over the crawl date");
        assertEquals("Coastal Post", lighthouse.article().outlet());
        assertTrue(lighthouse.article().text().contains("Two keepers moved back into the lighthouse"));
        ReadDocument market = readers.read(sink.documents.get(1), null, ReadOptions.DEFAULTS);
        assertEquals("2024-04-11", market.article().published(), "the crawl date stands in when the page has none");
    }

    @Test
    void gzippedArchiveIsReadRecordByRecordWhateverItsName() throws Exception {
        byte[] page = WarcBuilder.htmlPage("The ferry timetable changes on Monday, the operator said.");
        byte[] gz = new WarcBuilder(true)
                .record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
                .response("https://a.example/ferry", WarcBuilder.httpResponse(200, "text/html; charset=utf-8", "", page))
                .response("https://a.example/ferry2", WarcBuilder.httpResponse(200, "text/html", "", page)).bytes();
        Path named = dir.resolve("crawl.warc.gz");
        Path unnamed = dir.resolve("download.bin");
        Files.write(named, gz);
        Files.write(unnamed, gz);
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, named, unnamed);
        assertEquals(List.of(named + "#2", named + "#3", unnamed + "#2", unnamed + "#3"), sink.paths());
        assertEquals("https://a.example/ferry", sink.documents.get(0).metadata().url());
    }

    @Test
    void gzipEncodedPayloadIsDecoded() throws Exception {
        byte[] page = WarcBuilder.htmlPage("Compressed on the wire, plain in the record.");
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(z)) {
            gz.write(page);
        }
        Path warc = dir.resolve("enc.warc");
        Files.write(warc, new WarcBuilder(false).response("https://a.example/z",
                WarcBuilder.httpResponse(200, "text/html", "Content-Encoding: gzip\r\n", z.toByteArray())).bytes());
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, warc);
        assertEquals(new String(page, StandardCharsets.UTF_8), new String(sink.documents.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void typeWarcForcesArchiveReading() throws Exception {
        Path warc = fixture("crawl.txt");
        CollectingSink sink = new CollectingSink();
        new InputWalker(InputLimits.DEFAULTS, MediaTypes.WARC, InputStream.nullInputStream())
                .walk(List.of(warc.toString()), sink);
        assertEquals(2, sink.documents.size());
    }
}
