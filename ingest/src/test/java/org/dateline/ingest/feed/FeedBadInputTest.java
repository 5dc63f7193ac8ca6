package org.dateline.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken feeds: each gives a message naming the file and the problem, and the next input is still read. */
class FeedBadInputTest {
    private static final String ITEM = "<item><title>Quay %d</title><link>https://x.example/%d</link>"
            + "<description>The harbour master said quay %d would reopen on Friday.</description></item>\n";

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(charset));
        return p;
    }

    private Path good() throws IOException {
        return write("zz-good.txt", "A plain story that is read after the broken one.", StandardCharsets.UTF_8);
    }

    private CollectingSink walkAsFeed(Path... paths) {
        CollectingSink sink = new CollectingSink();
        new InputWalker(InputLimits.DEFAULTS, MediaTypes.FEED, InputStream.nullInputStream())
                .walk(java.util.Arrays.stream(paths).map(Path::toString).toList(), sink);
        return sink;
    }

    private static void assertNamed(CollectingSink sink, Path file, String... words) {
        String m = sink.messages().stream().filter(s -> s.startsWith(file + "")).findFirst().orElseThrow(
                () -> new AssertionError("no message for " + file + " in " + sink.messages()));
        for (String w : words) {
            assertTrue(m.contains(w), m);
        }
    }

    @Test
    void emptyFileGivenAsAFeed() throws IOException {
        Path empty = write("empty.xml", "", StandardCharsets.UTF_8);
        CollectingSink sink = walkAsFeed(empty);
        assertNamed(sink, empty, "malformed feed XML", "no item read");
    }

    @Test
    void randomBinaryGivenAsAFeed() throws IOException {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Path bin = dir.resolve("noise.rss");
        Files.write(bin, noise);
        CollectingSink sink = walkAsFeed(bin);
        assertEquals(1, sink.failures.size(), sink.messages()::toString);
        assertTrue(sink.messages().get(0).startsWith(bin + ": "), sink.messages()::toString);
        assertTrue(sink.documents.isEmpty());
    }

    @Test
    void unclosedTagsKeepTheItemsBeforeTheBreak() throws IOException {
        Path broken = write("broken.rss", "<rss version=\"2.0\"><channel><title>Wire</title>"
                + ITEM.formatted(1, 1, 1) + ITEM.formatted(2, 2, 2)
                + "<item><title>Cut <b>off</title><description>never closed", StandardCharsets.UTF_8);
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, broken, good());
        assertEquals(List.of(broken + "#1", broken + "#2", dir.resolve("zz-good.txt").toString()), sink.paths());
        assertNamed(sink, broken, "malformed feed XML at line 3", "\"b\"", "the 2 items before it were read");
    }

    @Test
    void notXmlAtAllGivenAsAFeed() throws IOException {
        Path notXml = write("feed.rss", "This is not a feed, just words { and ] brackets.", StandardCharsets.UTF_8);
        Path feed = write("zz-feed.rss", "<rss><channel>" + ITEM.formatted(1, 1, 1) + "</channel></rss>",
                StandardCharsets.UTF_8);
        CollectingSink sink = walkAsFeed(notXml, feed);
        assertNamed(sink, notXml, "malformed feed XML");
        assertEquals(List.of(feed + "#1"), sink.paths());
    }

    @Test
    void xmlThatIsNoFeed() throws IOException {
        Path other = write("other.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>", StandardCharsets.UTF_8);
        assertNamed(walkAsFeed(other), other, "not an RSS or Atom feed", "<catalog>");
    }

    @Test
    void doctypeWithEntitiesIsRefusedNotExpanded() throws IOException {
        Path xxe = write("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>",
                StandardCharsets.UTF_8);
        CollectingSink sink = walkAsFeed(xxe);
        sink.documents.forEach(d -> assertTrue(!new String(d.bytes(), StandardCharsets.UTF_8).contains("root:"),
                "external entity must not be read"));
    }

    @Test
    void latin1DeclaredAsUtf8IsReadWithAWarning() throws IOException {
        Path wrong = write("wrong.rss", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Wire</title>"
                + "<item><title>Caf\u00e9 reopens</title><description>The caf\u00e9 in S\u00e3o Jorge reopened.</description>"
                + "</item></channel></rss>", StandardCharsets.ISO_8859_1);
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, wrong);
        assertEquals("Caf\u00e9 reopens", sink.documents.get(0).metadata().title());
        assertTrue(new String(sink.documents.get(0).bytes(), StandardCharsets.UTF_8).contains("S\u00e3o Jorge"));
        assertTrue(sink.warnings.get(0).startsWith(wrong + ": ") && sink.warnings.get(0).contains("windows-1252"),
                sink.warnings::toString);
    }

    @Test
    void latin1WithoutDeclarationIsReadWithAWarning() throws IOException {
        Path undeclared = write("latin.rss", "<rss><channel><title>Wire</title><item><title>Ni\u00f1os</title>"
                + "<description>Los ni\u00f1os volvieron a la escuela.</description></item></channel></rss>",
                StandardCharsets.ISO_8859_1);
        CollectingSink sink = CollectingSink.walk(InputLimits.DEFAULTS, undeclared);
        assertEquals("Ni\u00f1os", sink.documents.get(0).metadata().title());
        assertTrue(sink.warnings.get(0).contains("declares no encoding"), sink.warnings::toString);
    }

    @Test
    void fiftyMegabyteFeedStopsAtTheItemLimitAndSaysSo() throws IOException {
        Path big = dir.resolve("big.rss");
        int items = 0;
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("<rss version=\"2.0\"><channel><title>Wire</title>\n");
            long size = 0;
            while (size < 50L * 1024 * 1024) {
                String item = ITEM.formatted(items, items, items) + "<!-- " + "padding ".repeat(100) + "-->\n";
                w.write(item);
                size += item.length();
                items++;
            }
            w.write("</channel></rss>");
        }
        CollectingSink sink = CollectingSink.walk(new InputLimits(64L << 20, 256L << 20, 20_000), big, good());
        assertEquals(20_001, sink.documents.size());
        assertNamed(sink, big, "more than 20000 items", "--max-items");
        assertEquals(dir.resolve("zz-good.txt").toString(), sink.documents.get(20_000).path());
    }

    @Test
    void feedOverMaxBytesIsRefusedByName() throws IOException {
        Path big = write("big.rss", "<rss><channel>" + ITEM.formatted(1, 1, 1).repeat(2000) + "</channel></rss>",
                StandardCharsets.UTF_8);
        CollectingSink sink = CollectingSink.walk(new InputLimits(10_000, 1 << 20, 100), big, good());
        assertNamed(sink, big, "over the limit of 10000 bytes", "--max-bytes");
        assertEquals(1, sink.documents.size());
    }

    @Test
    void gzippedFeedIsSniffedInsideTheGzip() throws IOException {
        Path gz = dir.resolve("feed.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("<rss><channel>" + ITEM.formatted(1, 1, 1) + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(gz + "#1"), CollectingSink.walk(InputLimits.DEFAULTS, gz).paths());
    }
}
