package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipInputTest {
    private static final String PAGE = "<html><body><p>KABUL, March 3 - A page inside gzip.</p></body></html>";

    @TempDir
    Path dir;

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private CollectingSink walk(InputLimits limits, Path... files) {
        CollectingSink sink = new CollectingSink();
        new InputWalker(limits, null, InputStreamOf.empty()).walk(Arrays.stream(files).map(Path::toString).toList(), sink);
        return sink;
    }

    @Test
    void gzipFileIsDecompressedWhateverItsName() throws IOException {
        Path named = dir.resolve("page.html.gz");
        Path unnamed = dir.resolve("download");
        Files.write(named, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.write(unnamed, gzip("Plain words.".getBytes(StandardCharsets.UTF_8)));
        CollectingSink sink = walk(InputLimits.DEFAULTS, named, unnamed);
        assertTrue(sink.failures.isEmpty(), () -> sink.failures.toString());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), sink.documents.get(0).bytes());
        assertEquals(named.toString(), sink.documents.get(0).path());
        assertEquals("text/html", MediaTypes.detect(sink.documents.get(0).bytes()));
        assertEquals("Plain words.", new String(sink.documents.get(1).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void gzipBombIsRefusedByNameAndTheNextFileIsRead() throws IOException {
        Path bomb = dir.resolve("a-bomb.txt.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        Path fine = dir.resolve("b-fine.txt");
        Files.writeString(fine, "Still read.");
        CollectingSink sink = walk(new InputLimits(100L << 20, 8L << 20, 10), bomb, fine);
        assertEquals(List.of(fine.toString()), sink.paths());
        String message = sink.failures.get(0).getMessage();
        assertTrue(message.startsWith(bomb.toString() + ": "), message);
        assertTrue(message.contains("--max-decompressed-bytes") && message.contains("gzip bomb"), message);
    }

    @Test
    void decompressedDocumentOverMaxBytesNamesThatLimit() throws IOException {
        Path big = dir.resolve("big.txt.gz");
        Files.write(big, gzip(new byte[5000]));
        CollectingSink sink = walk(new InputLimits(1000, 1L << 20, 10), big);
        assertTrue(sink.failures.get(0).getMessage().contains("--max-bytes"), sink.failures.get(0).getMessage());
    }

    @Test
    void halfAGzipIsReportedAsTruncated() throws IOException {
        byte[] whole = gzip(("A story long enough to be cut in half. ".repeat(200)).getBytes(StandardCharsets.UTF_8));
        Path half = dir.resolve("half.txt.gz");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2));
        Path fine = dir.resolve("z.txt");
        Files.writeString(fine, "Still read.");
        CollectingSink sink = walk(InputLimits.DEFAULTS, half, fine);
        assertEquals(List.of(fine.toString()), sink.paths());
        String message = sink.failures.get(0).getMessage();
        assertTrue(message.startsWith(half + ": ") && message.contains("truncated"), message);
    }

    @Test
    void gzippedJsonLinesAreReadLineByLine() throws IOException {
        Path jsonl = dir.resolve("docs.jsonl.gz");
        Files.write(jsonl, gzip("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
        CollectingSink sink = walk(InputLimits.DEFAULTS, jsonl);
        assertEquals(List.of(jsonl + "#1", jsonl + "#2"), sink.paths());
    }

    @Test
    void gzipOnStandardInputIsDecompressed() throws IOException {
        CollectingSink sink = new CollectingSink();
        new InputWalker(InputLimits.DEFAULTS, null, new java.io.ByteArrayInputStream(gzip("piped".getBytes(
                StandardCharsets.UTF_8)))).walk(List.of("-"), sink);
        assertEquals("piped", new String(sink.documents.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void randomBytesBehindTheGzipMagicAreReportedAsCorrupt() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 0x1f;
        noise[1] = (byte) 0x8b;
        Path bad = dir.resolve("noise.gz");
        Files.write(bad, noise);
        Path fine = dir.resolve("z.txt");
        Files.writeString(fine, "Still read.");
        CollectingSink sink = walk(InputLimits.DEFAULTS, bad, fine);
        assertEquals(List.of(fine.toString()), sink.paths());
        String message = sink.failures.get(0).getMessage();
        assertTrue(message.startsWith(bad + ": ") && (message.contains("corrupt") || message.contains("truncated")), message);
    }

    @Test
    void emptyGzFileIsAnEmptyDocumentForTheReaders() throws IOException {
        Path empty = dir.resolve("empty.txt.gz");
        Files.write(empty, new byte[0]);
        CollectingSink sink = walk(InputLimits.DEFAULTS, empty);
        assertEquals(0, sink.documents.get(0).bytes().length, "no gzip magic: passed on as is, the text reader refuses it");
    }

    @Test
    void fiftyMegabyteDocumentInsideGzipIsReadWhole() throws IOException {
        Path big = dir.resolve("big.txt.gz");
        byte[] line = "The harbour report goes on and on about ferries and quays.\n".getBytes(StandardCharsets.UTF_8);
        long size = 0;
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(big))) {
            while (size < 50L << 20) {
                gz.write(line);
                size += line.length;
            }
        }
        CollectingSink sink = walk(InputLimits.DEFAULTS, big);
        assertEquals(size, sink.documents.get(0).bytes().length);
    }
}
