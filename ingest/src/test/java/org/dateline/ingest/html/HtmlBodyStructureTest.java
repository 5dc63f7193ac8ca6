package org.dateline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Test;

/** Datelines, captions and the canonical URL of web pages, read by the production reader. */
class HtmlBodyStructureTest {
    private static final String WIRE_PAGE = """
            <html lang="en"><head><title>Ceasefire talks resume in Doha | Gulf Ledger</title>
            <meta property="og:site_name" content="Gulf Ledger">
            <meta property="og:url" content="https://gulf-ledger.example/2023/11/24/talks">
            <meta property="article:published_time" content="2023-11-24T09:12:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
            <h1>Ceasefire talks resume in Doha</h1>
            <p>DOHA, Nov 24 (Reuters) - Negotiators met again on Friday to extend the truce by two days, two officials briefed on the talks said, as aid trucks waited at the border.</p>
            <p>The officials, who asked not to be named, said the mediators had proposed a list of names for a further exchange.</p>
            <p>Talks are expected to continue through the weekend, one of the officials said.</p>
            </article><footer>About us</footer></body></html>
            """;

    private static ReadDocument read(String html, DocumentMetadata meta) throws DocumentException {
        return new HtmlReader().read(new SourceDocument("page.html", html.getBytes(StandardCharsets.UTF_8), meta),
                ReadOptions.DEFAULTS);
    }

    @Test
    void wireDatelineOpeningTheBodyBecomesTheDateline() throws DocumentException {
        Article a = read(WIRE_PAGE, null).article();
        assertNotNull(a.dateline(), a.text());
        assertTrue(a.dateline().place().equalsIgnoreCase("Doha"), a.dateline().place());
        assertEquals("2023-11-24", a.dateline().date());
        assertTrue(a.dateline().span().pointsInto(a.text()));
        assertTrue(a.dateline().span().text().startsWith("DOHA, Nov 24"), a.dateline().span().text());
        assertEquals("Ceasefire talks resume in Doha", a.title());
        assertEquals(1, a.sectionTexts(SectionKind.TITLE).size(), "only the headline is a title");
        assertEquals("Ceasefire talks resume in Doha", a.sectionTexts(SectionKind.TITLE).get(0));
        assertTrue(a.sectionTexts(SectionKind.PARAGRAPH).get(0).startsWith("Negotiators met again on Friday"),
                a.sectionTexts(SectionKind.PARAGRAPH).toString());
        assertEquals("2023-11-24", a.published());
    }

    @Test
    void everySectionAndSpanPointsIntoTheText() throws DocumentException {
        Article a = read(WIRE_PAGE, null).article();
        a.sections().forEach(s -> assertTrue(s.end() <= a.text().length()));
        a.captions().forEach(c -> assertTrue(c.span().pointsInto(a.text())));
    }

    @Test
    void canonicalUrlGoesIntoTheDocumentRecord() throws DocumentException {
        ReadDocument d = read(WIRE_PAGE, new DocumentMetadata(null, "https://gulf-ledger.example/x?utm=feed",
                null, null, null, "text/html"));
        assertEquals("https://gulf-ledger.example/2023/11/24/talks", d.info().url());
        String canonical = WIRE_PAGE.replace("<meta property=\"og:url\"",
                "<link rel=\"canonical\" href=\"/2023/11/24/talks-canonical\"><meta property=\"og:url\"");
        ReadDocument relative = read(canonical, new DocumentMetadata(null, "https://gulf-ledger.example/x",
                null, null, null, "text/html"));
        assertEquals("https://gulf-ledger.example/2023/11/24/talks-canonical", relative.info().url(),
                "link rel=canonical wins over og:url and is resolved against the page's address");
    }

    @Test
    void pageWithoutCanonicalKeepsTheContainersUrl() throws DocumentException {
        String plain = WIRE_PAGE.replaceAll("<meta property=\"og:url\"[^>]*>", "");
        assertEquals("https://a.example/p", read(plain, new DocumentMetadata(null, "https://a.example/p", null, null,
                null, "text/html")).info().url());
        assertEquals(null, read(plain, null).info().url());
    }

    @Test
    void photoCaptionInsideTheBodyIsACaption() throws DocumentException {
        String page = WIRE_PAGE.replace("<p>The officials, who asked",
                "<p>Aid trucks wait at the Rafah crossing on Friday. REUTERS/Jane Doe</p><p>The officials, who asked");
        Article a = read(page, null).article();
        assertEquals(1, a.captions().size(), a.sections().toString());
        assertTrue(a.captions().get(0).span().text().startsWith("Aid trucks wait"), a.captions().toString());
    }
}
