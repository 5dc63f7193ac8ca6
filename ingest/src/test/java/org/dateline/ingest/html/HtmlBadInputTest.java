package org.dateline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

class HtmlBadInputTest {

    private static DocumentException failure(String path, byte[] bytes, ReadOptions options) {
        return assertThrows(DocumentException.class,
                () -> new HtmlReader().read(new SourceDocument(path, bytes, null), options));
    }

    @Test
    void emptyFileIsAnErrorNamingThePath() {
        DocumentException e = failure("in/empty.html", new byte[0], ReadOptions.DEFAULTS);
        assertEquals("in/empty.html", e.path());
        assertTrue(e.getMessage().startsWith("in/empty.html: ") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void randomBinaryIsAnError() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        DocumentException e = failure("in/photo.jpg", noise, ReadOptions.DEFAULTS);
        assertTrue(e.getMessage().contains("in/photo.jpg") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void pageWithoutProseIsAnError() {
        byte[] menu = "<html><body><nav><a href=/>Home</a></nav><div><a href=/x>More</a></div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        DocumentException e = failure("in/menu.html", menu, ReadOptions.DEFAULTS);
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void truncatedPageKeepsWhatArrived() throws DocumentException {
        byte[] whole = HtmlFixtures.bytes("news-page.html");
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("will run a reduced timetable");
        byte[] truncated = Arrays.copyOf(whole, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length);
        ReadDocument d = HtmlFixtures.read("in/truncated.html", truncated);
        String body = HtmlFixtures.body(d.article());
        assertTrue(body.contains("Engineers replaced two bearings"), body);
        assertTrue(body.endsWith("between the two quays"), body);
    }

    @Test
    void pageOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] big = largePage(12 * 1024 * 1024);
        DocumentException e = failure("in/huge.html", big, new ReadOptions(null, 8L * 1024 * 1024));
        assertTrue(e.getMessage().contains("in/huge.html") && e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void largePageWithinTheLimitIsRead() throws DocumentException {
        byte[] big = largePage(24 * 1024 * 1024);
        ReadDocument d = HtmlFixtures.read("in/large.html", big);
        assertTrue(d.article().sections().size() > 1000, "sections: " + d.article().sections().size());
        assertEquals(big.length, d.info().bytes());
    }

    /** A page of at least {@code size} bytes: a menu, then a long article of numbered paragraphs. */
    private static byte[] largePage(int size) {
        StringBuilder sb = new StringBuilder(size + 1024);
        sb.append("<html><head><title>Long report</title></head><body><nav><a href=/>Home</a></nav><article>");
        int i = 0;
        while (sb.length() < size) {
            sb.append("<p>Paragraph ").append(i++).append(" of the long report, which goes on about the harbour, ")
                    .append("the bridge, the ferry and the market, as long reports tend to do.</p>\n");
        }
        sb.append("</article></body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
