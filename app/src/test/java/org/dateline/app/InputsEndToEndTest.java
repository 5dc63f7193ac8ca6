package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of a feed, a gzipped web archive and a broken file, analyzed end to end. */
@Tag("slow")
class InputsEndToEndTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Wire</title>
            <item><title>Ferry service resumes</title><link>https://harbour-wire.example/ferry</link>
            <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
            <description><![CDATA[<p>VALLETTA, March 5 (Harbour Wire) - Ferry crossings between the two islands resumed on Tuesday after a storm, the operator said.</p>]]></description>
            </item></channel></rss>
            """;
    private static final String PAGE = """
            <html><head><title>Keepers return | Coastal Post</title>
            <link rel="canonical" href="https://coastal-post.example/keepers"></head>
            <body><article><p>STORNOWAY, April 9 (Coastal Post) - Two keepers moved back into the lighthouse on Tuesday, thirty years after the light was automated.</p>
            <p>The trust that owns the lighthouse said the keepers would stay until the end of the summer.</p></article></body></html>
            """;

    @TempDir
    Path dir;

    private static byte[] warcGz(String uri, String html) throws Exception {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
                + "WARC-Date: 2024-04-10T06:30:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(head.getBytes(StandardCharsets.US_ASCII));
            gz.write(http);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    @Test
    void feedItemsAndArchivedPagesBecomeRecordsWithTheirUrlsAndDatelines() throws Exception {
        Path feed = Files.writeString(dir.resolve("a-wire.xml"), FEED);
        Path warc = dir.resolve("b-crawl.warc.gz");
        Files.write(warc, warcGz("https://coastal-post.example/keepers?ref=home", PAGE));
        Files.writeString(dir.resolve("c-broken.rss"), "<rss><channel><item><title>cut off");
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", dir.toString());
        assertEquals(1, r.exit(), r.err());
        List<Analysis> records;
        try (MappingIterator<Analysis> it = AnalysisJson.mapper().readerFor(Analysis.class).readValues(r.out())) {
            records = it.readAll();
        }
        assertEquals(List.of(feed + "#1", warc + "#1"), records.stream().map(a -> a.document().path()).toList());
        Analysis ferry = records.get(0);
        assertEquals("https://harbour-wire.example/ferry", ferry.document().url());
        assertEquals("Harbour Wire", ferry.article().outlet());
        assertEquals("2024-03-05", ferry.article().dateline().date());
        Analysis keepers = records.get(1);
        assertEquals("https://coastal-post.example/keepers", keepers.document().url(), "the canonical URL wins");
        assertTrue(keepers.article().dateline().place().equalsIgnoreCase("Stornoway"), keepers.article().dateline().toString());
        assertEquals("2024-04-09", keepers.article().dateline().date());
        assertTrue(AnalysisJson.toJson(keepers, false).contains("\"url\":\"https://coastal-post.example/keepers\""));
        assertTrue(r.err().contains("c-broken.rss: malformed feed XML"), r.err());
        assertTrue(r.err().contains("1 of 3 documents failed"), r.err());
    }
}
