package org.dateline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void newsPageKeepsTheStoryAndDropsTheFurniture() throws DocumentException {
        Article a = HtmlFixtures.readFixture("news-page.html").article();
        String body = HtmlFixtures.body(a);
        assertTrue(body.startsWith("The swing bridge across the inner harbour reopened"), body);
        assertTrue(body.contains("Engineers replaced two bearings"), body);
        assertTrue(body.contains("Shop owners on the eastern quay"), body);
        assertTrue(body.endsWith("when traffic is lighter."), body);
        for (String furniture : List.of("Sport", "Advertisement", "Share on social media", "Barge owner fined",
                "Finally!", "Good job by the crews", "Sign up for our morning briefing", "All rights reserved",
                "About us", "By Mira Okonkwo", "Related stories")) {
            assertFalse(a.text().contains(furniture), "kept furniture: " + furniture + "\n" + a.text());
        }
    }

    @Test
    void figureCaptionsStayOutOfTheBody() throws DocumentException {
        Article a = HtmlFixtures.readFixture("news-page.html").article();
        assertFalse(a.text().contains("Workers replace bearings"), a.text());
        assertFalse(a.text().contains("Tobias Renn"), a.text());
    }

    @Test
    void headingInsideTheBodyIsKept() throws DocumentException {
        Article a = HtmlFixtures.readFixture("news-page.html").article();
        assertTrue(a.sectionTexts(SectionKind.PARAGRAPH).contains("Ferry service scaled back"));
    }

    @Test
    void metaTagsGiveTitleBylineDateOutletAndUrl() throws DocumentException {
        HtmlPage page = new HtmlReader().readPage(new SourceDocument("news-page.html",
                HtmlFixtures.bytes("news-page.html"), null), ReadOptions.DEFAULTS);
        Article a = page.document().article();
        assertEquals("Harbour bridge reopens after repairs", a.title());
        assertEquals("Mira Okonkwo", a.byline());
        assertEquals("2024-03-07", a.published());
        assertEquals("The Coastal Ledger", a.outlet());
        assertEquals("en", a.language());
        assertEquals("https://ledger.example/news/harbour-bridge-reopens", page.url());
    }

    @Test
    void textIsTitleThenParagraphsSeparatedByBlankLines() throws DocumentException {
        Article a = HtmlFixtures.readFixture("news-page.html").article();
        Section first = a.sections().get(0);
        assertEquals(SectionKind.TITLE, first.kind());
        assertEquals(a.title(), a.text().substring(first.begin(), first.end()));
        for (int i = 1; i < a.sections().size(); i++) {
            Section previous = a.sections().get(i - 1);
            Section s = a.sections().get(i);
            assertEquals("\n\n", a.text().substring(previous.end(), s.begin()));
            String paragraph = a.text().substring(s.begin(), s.end());
            assertEquals(paragraph.strip().replaceAll("\\s+", " "), paragraph, "whitespace not collapsed");
        }
        assertEquals(a.text().length(), a.sections().get(a.sections().size() - 1).end());
    }

    @Test
    void jsonLdGivesHeadlineAuthorsDatePublisherAndUrl() throws DocumentException {
        HtmlPage page = new HtmlReader().readPage(new SourceDocument("jsonld-article.html",
                HtmlFixtures.bytes("jsonld-article.html"), null), ReadOptions.DEFAULTS);
        Article a = page.document().article();
        assertEquals("Valley vineyards count frost losses", a.title());
        assertEquals("Jonas Weber and Ana Ruiz", a.byline());
        assertEquals("2023-05-02", a.published());
        assertEquals("Valley Post", a.outlet());
        assertEquals("https://valleypost.example/frost-losses", page.url());
    }

    @Test
    void articleBodyMarkupWinsOverSidebarAndMenus() throws DocumentException {
        Article a = HtmlFixtures.readFixture("jsonld-article.html").article();
        List<String> paragraphs = a.sectionTexts(SectionKind.PARAGRAPH);
        assertEquals(3, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(0).startsWith("Growers in the upper valley"));
        assertFalse(a.text().contains("Market hall"), a.text());
        assertFalse(a.text().contains("Imprint"), a.text());
    }

    @Test
    void documentInfoCarriesShaIdPathTypeAndSize() throws DocumentException {
        byte[] bytes = HtmlFixtures.bytes("news-page.html");
        ReadDocument d = HtmlFixtures.read("pages/bridge.html", bytes);
        assertEquals(org.dateline.ingest.DocumentIds.sha256Hex(bytes), d.info().id());
        assertEquals(64, d.info().id().length());
        assertEquals("pages/bridge.html", d.info().path());
        assertEquals("text/html", d.info().mediaType());
        assertEquals(bytes.length, d.info().bytes());
    }

    @Test
    void containerIdAndUrlAreUsedWhenGiven() throws DocumentException {
        DocumentMetadata meta = new DocumentMetadata("item-7", "https://feed.example/item-7", null, null, null, null);
        HtmlPage page = new HtmlReader().readPage(new SourceDocument("feed#7",
                HtmlFixtures.bytes("charset-meta.html"), meta), ReadOptions.DEFAULTS);
        assertEquals("item-7", page.document().info().id());
        assertEquals("https://feed.example/item-7", page.url());
    }

    @Test
    void fallbackDateIsUsedOnlyWhenThePageHasNoneAndIsNoted() throws DocumentException {
        ReadOptions withDate = new ReadOptions(java.time.LocalDate.of(2020, 1, 31), ReadOptions.DEFAULT_MAX_BYTES);
        ReadDocument undated = new HtmlReader().read(new SourceDocument("council.html",
                HtmlFixtures.bytes("charset-meta.html"), null), withDate);
        assertEquals("2020-01-31", undated.article().published());
        assertTrue(undated.warnings().stream().anyMatch(w -> w.contains("2020-01-31")), undated.warnings().toString());
        ReadDocument dated = new HtmlReader().read(new SourceDocument("news-page.html",
                HtmlFixtures.bytes("news-page.html"), null), withDate);
        assertEquals("2024-03-07", dated.article().published());
    }

    @Test
    void structurerHookReceivesTheBodyParagraphs() throws DocumentException {
        List<List<String>> seen = new java.util.ArrayList<>();
        BodyStructurer recording = (head, paragraphs) -> {
            seen.add(paragraphs);
            return BodyStructurer.PLAIN.structure(head, paragraphs);
        };
        new HtmlReader(recording).read(new SourceDocument("news-page.html", HtmlFixtures.bytes("news-page.html"), null),
                ReadOptions.DEFAULTS);
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).get(0).startsWith("The swing bridge"), seen.toString());
    }

    @Test
    void readsBothHtmlMediaTypes() {
        assertEquals(java.util.Set.of("text/html", "application/xhtml+xml"), new HtmlReader().mediaTypes());
    }
}
