package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
    @TempDir
    Path dir;

    private InputWalker walker(long maxBytes, String stdin) {
        return new InputWalker(maxBytes, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve("b/c/two.txt"), "two");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve(".hidden.txt"), "no");
        Files.writeString(dir.resolve(".cache/x.txt"), "no");
        CollectingSink sink = new CollectingSink();
        walker(1000, "").walk(List.of(dir.toString()), sink);
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/c/two.txt").toString()), sink.paths());
        assertTrue(sink.failures.isEmpty());
    }

    @Test
    void oversizedFileIsReportedAndTheOthersAreRead() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[2000]);
        Files.writeString(dir.resolve("small.txt"), "fine");
        CollectingSink sink = new CollectingSink();
        walker(1000, "").walk(List.of(dir.resolve("big.txt").toString(), dir.resolve("small.txt").toString()), sink);
        assertEquals(1, sink.documents.size());
        assertEquals(1, sink.failures.size());
        assertTrue(sink.failures.get(0).getMessage().contains("big.txt"), sink.failures.get(0).getMessage());
        assertTrue(sink.failures.get(0).getMessage().contains("over the limit"));
    }

    @Test
    void dashReadsStandardInput() {
        CollectingSink sink = new CollectingSink();
        walker(1000, "from a pipe").walk(List.of("-"), sink);
        assertEquals("-", sink.documents.get(0).path());
        assertArrayEquals("from a pipe".getBytes(StandardCharsets.UTF_8), sink.documents.get(0).bytes());
    }

    @Test
    void oversizedStandardInputIsReported() {
        CollectingSink sink = new CollectingSink();
        walker(5, "more than five bytes").walk(List.of("-"), sink);
        assertTrue(sink.documents.isEmpty());
        assertEquals(1, sink.failures.size());
    }

    @Test
    void missingPathIsFoundBeforeAnyWork() throws IOException {
        Files.writeString(dir.resolve("here.txt"), "x");
        assertNull(InputWalker.firstMissing(List.of(dir.resolve("here.txt").toString(), "-")));
        assertEquals("/no/such/file", InputWalker.firstMissing(List.of(dir.toString(), "/no/such/file")));
    }
}
