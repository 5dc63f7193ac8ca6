package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    private CollectingSink read(String content) throws IOException {
        Path f = dir.resolve("docs.jsonl");
        Files.writeString(f, content);
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader(10_000).read(f, sink);
        return sink;
    }

    @Test
    void eachLineIsOneDocumentWithItsMetadata() throws IOException {
        CollectingSink sink = read("""
                {"id": "a1", "text": "Rain in Lima.", "published": "2024-02-01", "url": "https://example.org/a1", "outlet": "Lumen"}
                {"id": "a2", "html": "<html><body><p>Sun.</p></body></html>", "title": "Sun"}
                """);
        assertEquals(2, sink.documents.size());
        SourceDocument a1 = sink.documents.get(0);
        assertTrue(a1.path().endsWith("docs.jsonl#1"), a1.path());
        assertEquals("a1", a1.metadata().id());
        assertEquals("2024-02-01", a1.metadata().published());
        assertEquals("Lumen", a1.metadata().outlet());
        assertEquals(MediaTypes.TEXT, a1.metadata().mediaType());
        assertEquals("Rain in Lima.", new String(a1.bytes(), StandardCharsets.UTF_8));
        assertEquals(MediaTypes.HTML, sink.documents.get(1).metadata().mediaType());
    }

    @Test
    void brokenLinesAreReportedWithTheirNumberAndTheRestGoesOn() throws IOException {
        CollectingSink sink = read("""
                {"id": "ok1", "text": "first"}
                {"id": "broken", "text": "no closing brace"
                ["an", "array"]
                {"id": "empty"}

                {"id": "ok2", "text": "last"}
                """);
        assertEquals(List.of("ok1", "ok2"), sink.documents.stream().map(d -> d.metadata().id()).toList());
        assertEquals(3, sink.failures.size());
        assertTrue(sink.failures.get(0).getMessage().contains("#2: not valid JSON"), sink.failures.get(0).getMessage());
        assertTrue(sink.failures.get(1).getMessage().contains("#3: not a JSON object"));
        assertTrue(sink.failures.get(2).getMessage().contains("#4: has neither"));
    }

    @Test
    void invalidUtf8StopsTheFileWithAClearMessage() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        byte[] good = "{\"id\":\"x\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(f, all);
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader(10_000).read(f, sink);
        assertEquals(1, sink.failures.size());
        assertTrue(sink.failures.get(0).getMessage().contains("not valid UTF-8"));
    }

    @Test
    void overlongLineIsRejected() throws IOException {
        CollectingSink sink = read("{\"text\": \"" + "x".repeat(20_000) + "\"}\n{\"text\": \"short\"}\n");
        assertEquals(1, sink.documents.size());
        assertTrue(sink.failures.get(0).getMessage().contains("over the limit"));
    }

    @Test
    void emptyFileGivesNothing() throws IOException {
        CollectingSink sink = read("");
        assertTrue(sink.documents.isEmpty());
        assertTrue(sink.failures.isEmpty());
    }
}
