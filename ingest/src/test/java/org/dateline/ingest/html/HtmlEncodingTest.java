package org.dateline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.ReadDocument;
import org.junit.jupiter.api.Test;

class HtmlEncodingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String PAGE = "<html><head>%s<title>Caf\u00e9 owners protest</title></head><body>"
            + "<div class=\"article-body\"><p>\u201cWe were not consulted,\u201d said Ren\u00e9e Dupr\u00e9, who has run the "
            + "caf\u00e9 on the corner of the square for twenty years and fears the new rules will cost her the terrace.</p>"
            + "<p>The council said the consultation lasted six weeks \u2013 longer than the law requires \u2013 and that "
            + "every business on the square received a letter about it.</p></div></body></html>";

    private static String page(String head) {
        return String.format(PAGE, head);
    }

    private static void assertReadsCleanly(ReadDocument d) {
        String text = d.article().text();
        assertTrue(text.contains("\u201cWe were not consulted,\u201d said Ren\u00e9e Dupr\u00e9"), text);
        assertTrue(text.contains("six weeks \u2013 longer"), text);
        assertFalse(text.contains("\ufffd"), text);
    }

    @Test
    void windows1252WithoutDeclarationIsDetected() throws DocumentException {
        assertReadsCleanly(HtmlFixtures.read("cp1252.html", page("").getBytes(CP1252)));
    }

    @Test
    void utf8WithoutDeclarationIsDetected() throws DocumentException {
        assertReadsCleanly(HtmlFixtures.read("utf8.html", page("").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarkIsHonouredAndRemoved() throws DocumentException {
        byte[] body = page("<meta charset=\"windows-1252\">").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ReadDocument d = HtmlFixtures.read("bom.html", withBom);
        assertReadsCleanly(d);
        assertFalse(d.article().text().contains("\ufeff"));
    }

    @Test
    void declaredCharsetIsHonoured() throws DocumentException {
        ReadDocument d = HtmlFixtures.readFixture("charset-meta.html");
        assertEquals("Городской совет утвердил бюджет", d.article().title());
        assertTrue(d.article().text().contains("Городской совет во вторник утвердил бюджет"), d.article().text());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void wrongUtf8DeclarationIsOverruledWithAWarning() throws DocumentException {
        ReadDocument d = HtmlFixtures.read("lying.html", page("<meta charset=\"utf-8\">").getBytes(CP1252));
        assertReadsCleanly(d);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("utf-8") && w.contains("windows-1252")),
                d.warnings().toString());
    }

    @Test
    void latin1DeclarationOnUtf8BytesIsOverruled() throws DocumentException {
        ReadDocument d = HtmlFixtures.read("lying.html",
                page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
                        .getBytes(StandardCharsets.UTF_8));
        assertReadsCleanly(d);
        assertEquals(1, d.warnings().size(), d.warnings().toString());
    }

    @Test
    void unknownDeclaredCharsetFallsBackToSniffing() throws DocumentException {
        assertReadsCleanly(HtmlFixtures.read("odd.html", page("<meta charset=\"x-no-such-charset\">").getBytes(CP1252)));
    }
}
