package org.dateline.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken archives: a message naming the file, the record and the problem; the other records come through. */
class WarcBadInputTest {
    private static final byte[] PAGE = WarcBuilder.htmlPage("The harbour reopened on Monday after the storm, officials said.");

    @TempDir
    Path dir;

    private CollectingSink walkAsWarc(Path... paths) {
        CollectingSink sink = new CollectingSink();
        new InputWalker(InputLimits.DEFAULTS, MediaTypes.WARC, InputStream.nullInputStream())
                .walk(Arrays.stream(paths).map(Path::toString).toList(), sink);
        return sink;
    }

    private static String messageFor(CollectingSink sink, String prefix) {
        return sink.messages().stream().filter(m -> m.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no message for " + prefix + " in " + sink.messages()));
    }

    private Path goodArchive(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, new WarcBuilder(false).response("https://ok.example/", WarcBuilder.httpResponse(200, "text/html", "", PAGE)).bytes());
        return p;
    }

    @Test
    void emptyFileGivenAsWarcIsReported() throws IOException {
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);
        Path good = goodArchive("z.warc");
        CollectingSink sink = walkAsWarc(empty, good);
        assertEquals(List.of(good + "#1"), sink.paths());
        assertEquals(List.of(empty + ": no WARC records in the file"), sink.messages());
    }

    @Test
    void randomBinaryGivenAsWarcIsReportedByName() throws IOException {
        byte[] noise = new byte[8192];
        new Random(11).nextBytes(noise);
        Path bin = dir.resolve("noise.warc");
        Files.write(bin, noise);
        Path good = goodArchive("z.warc");
        CollectingSink sink = walkAsWarc(bin, good);
        String m = messageFor(sink, bin + "");
        assertTrue(m.contains("corrupt") || m.contains("not a readable WARC"), m);
        assertEquals(List.of(good + "#1"), sink.paths());
    }

    @Test
    void halfAWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = new WarcBuilder(false)
                .response("https://a.example/1", WarcBuilder.httpResponse(200, "text/html", "", PAGE))
                .response("https://a.example/2", WarcBuilder.httpResponse(200, "text/html", "", PAGE)).bytes();
        Path half = dir.resolve("half.warc");
        Files.write(half, Arrays.copyOf(whole, whole.length * 3 / 4));
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, half, goodArchive("z.warc"));
        assertEquals(List.of(half + "#1", dir.resolve("z.warc") + "#1"), sink.paths());
        String m = messageFor(sink, half + "");
        assertTrue(m.contains("record 2") || m.contains("#2"), m);
    }

    @Test
    void halfAGzippedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        WarcBuilder b = new WarcBuilder(true);
        for (int i = 1; i <= 4; i++) {
            b.response("https://a.example/" + i, WarcBuilder.httpResponse(200, "text/html", "", PAGE));
        }
        byte[] whole = b.bytes();
        Path half = dir.resolve("half.warc.gz");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2 + 10));
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, half, goodArchive("z.warc"));
        assertEquals(List.of(half + "#1", half + "#2", dir.resolve("z.warc") + "#1"), sink.paths());
        String m = messageFor(sink, half + "");
        assertTrue(m.contains("record 3") && m.contains("truncated or corrupt") && m.contains("2 records before it"), m);
    }

    /** One gigabyte of zeros in one gzip member (about a megabyte on disk), streamed to the file, never held. */
    @Test
    void gzipBombInsideAWarcIsRefusedAndTheOtherRecordsAreKept() throws IOException {
        Path warc = dir.resolve("bomb.warc.gz");
        long zeros = 1L << 30;
        byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(warc))) {
            WarcBuilder b = new WarcBuilder(true).response("https://a.example/before",
                    WarcBuilder.httpResponse(200, "text/html", "", PAGE));
            b.writeTo(file);
            GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            gz.write(b.header("response", "https://a.example/bomb", "application/http; msgtype=response",
                    http.length + zeros));
            gz.write(http);
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.length) {
                gz.write(block);
            }
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            gz.finish();
            new WarcBuilder(true).response("https://a.example/after", WarcBuilder.httpResponse(200, "text/html", "", PAGE))
                    .writeTo(file);
        }
        assertTrue(Files.size(warc) < 8L << 20, "the bomb is small on disk: " + Files.size(warc));
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, warc);
        assertEquals(List.of(warc + "#1", warc + "#3"), sink.paths());
        String m = messageFor(sink, warc + "#2");
        assertTrue(m.contains("https://a.example/bomb") && m.contains("over the limit") && m.contains("gzip bomb"), m);
    }

    @Test
    void gzipBombAsTheHttpPayloadIsRefusedByTheDecompressionLimit() throws IOException {
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(z)) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(block);
            }
        }
        Path warc = dir.resolve("payload.warc");
        Files.write(warc, new WarcBuilder(false)
                .response("https://a.example/zip", WarcBuilder.httpResponse(200, "text/html", "Content-Encoding: gzip\r\n", z.toByteArray()))
                .response("https://a.example/ok", WarcBuilder.httpResponse(200, "text/html", "", PAGE)).bytes());
        CollectingSink sink = CollectingSink.walk(new InputLimits(64L << 20, 16L << 20, 100), warc);
        assertEquals(List.of(warc + "#2"), sink.paths());
        String m = messageFor(sink, warc + "#1");
        assertTrue(m.contains("https://a.example/zip") && m.contains("--max-decompressed-bytes") && m.contains("gzip bomb"), m);
    }

    @Test
    void fiftyMegabytePageInsideAWarc() throws IOException {
        StringBuilder page = new StringBuilder(51 << 20).append("<html><body><article>");
        while (page.length() < 50 << 20) {
            page.append("<p>The long report goes on about the harbour, the ferry and the market.</p>\n");
        }
        page.append("</article></body></html>");
        byte[] big = page.toString().getBytes(StandardCharsets.UTF_8);
        Path warc = dir.resolve("big.warc");
        try (OutputStream out = Files.newOutputStream(warc)) {
            new WarcBuilder(false).response("https://a.example/big", WarcBuilder.httpResponse(200, "text/html", "", big))
                    .response("https://a.example/ok", WarcBuilder.httpResponse(200, "text/html", "", PAGE)).writeTo(out);
        }
        CollectingSink within = CollectingSink.walk(InputLimits.DEFAULTS, warc);
        assertEquals(List.of(warc + "#1", warc + "#2"), within.paths());
        assertEquals(big.length, within.documents.get(0).bytes().length);
        CollectingSink over = CollectingSink.walk(new InputLimits(10L << 20, 256L << 20, 100), warc);
        assertEquals(List.of(warc + "#2"), over.paths());
        String m = messageFor(over, warc + "#1");
        assertTrue(m.contains("https://a.example/big") && m.contains("--max-bytes"), m);
    }

    @Test
    void wrongDeclaredCharsetAndUndeclaredLatin1AreReadAsLatin1() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        byte[] wrong = ("<html><head><meta charset=\"utf-8\"></head><body><article><p>The caf\u00e9 on the "
                + "Pra\u00e7a reopened on Monday, its owner said, after a long winter of repairs to the roof.</p>"
                + "</article></body></html>").getBytes(latin1);
        byte[] undeclared = ("<html><body><article><p>Los ni\u00f1os returned to the school on the hill on Monday, "
                + "the headmistress said, after the holidays had ended.</p></article></body></html>").getBytes(latin1);
        Path warc = dir.resolve("charsets.warc");
        Files.write(warc, new WarcBuilder(false)
                .response("https://a.example/wrong", WarcBuilder.httpResponse(200, "text/html; charset=utf-8", "", wrong))
                .response("https://a.example/none", WarcBuilder.httpResponse(200, "text/html", "", undeclared)).bytes());
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, warc);
        ReaderRegistry readers = new ReaderRegistry();
        ReadDocument first = readers.read(sink.documents.get(0), null, ReadOptions.DEFAULTS);
        assertTrue(first.article().text().contains("The caf\u00e9 on the Pra\u00e7a"), first.article().text());
        assertTrue(first.warnings().stream().anyMatch(w -> w.contains("declares charset")), first.warnings()::toString);
        ReadDocument second = readers.read(sink.documents.get(1), null, ReadOptions.DEFAULTS);
        assertTrue(second.article().text().contains("Los ni\u00f1os"), second.article().text());
    }
}
