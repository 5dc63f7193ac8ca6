package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextStructurerTest {
    private static TextStructurer structurer;

    @BeforeAll
    static void loadWords() {
        structurer = TextStructurer.withBundledWordList();
    }

    private static Article structure(String text) {
        return structure(text, DocumentMetadata.NONE, ReadOptions.DEFAULTS);
    }

    private static Article structure(String text, DocumentMetadata meta, ReadOptions opts) {
        Article a = structurer.structure(text, meta, opts).article();
        ArticleChecks.assertWellFormed(a);
        return a;
    }

    @Test
    void splitWordIsJoinedAndNameKeepsItsHyphen() {
        String text = "The foreign minister discussed the nego-\ntiations with Amir-\nAbdollahian on Friday in the capital\n"
                + "and thanked the mediators for their work.\n";
        assertEquals("The foreign minister discussed the negotiations with Amir-Abdollahian on Friday in the capital "
                + "and thanked the mediators for their work.", structure(text).text());
    }

    @Test
    void hyphenatedCompoundOfTwoWordsKeepsItsHyphen() {
        String text = "Officials said the long-\nterm plan would need money from the donors at the conference.\n";
        assertTrue(structure(text).text().contains("long-term plan"));
    }

    @Test
    void theDocumentsOwnSpellingDecidesOverTheWordList() {
        // "cooperation" is in the word list, but this document writes "co-operation" elsewhere
        String text = "The two agencies promised more co-operation on Monday, and the ministers said that co-\n"
                + "operation on border checks would begin next month in the northern provinces.\n";
        assertTrue(structure(text).text().contains("that co-operation on border"), structure(text).text());
        String joined = "The two agencies promised more cooperation on Monday, and the ministers said that co-\n"
                + "operation on border checks would begin next month in the northern provinces.\n";
        assertTrue(structure(joined).text().contains("that cooperation on border"));
    }

    @Test
    void splitSyllablesOfAnUnknownNameAreJoined() {
        String text = "The spokesman for the ministry, Reza Abdol-\nlahian, said the meeting had gone well for both sides.\n";
        assertTrue(structure(text).text().contains("Reza Abdollahian, said"));
    }

    @Test
    void trailingSpacesGoAndParagraphsAreSeparatedByOneBlankLine() {
        String text = "First paragraph starts here and it\u00a0 \nruns on to a second line.   \n\n\n\nSecond one is\n"
                + "also wrapped here.\u00a0\u00a0\n";
        assertEquals("First paragraph starts here and it runs on to a second line.\n\nSecond one is also wrapped here.",
                structure(text).text());
    }

    @Test
    void onePargraphPerLineWithoutBlankLinesIsCleanProse() {
        String text = "Talks resumed on Monday in the capital.\r\n\u201cWe are close,\u201d the envoy said \u2014 again.\r\n"
                + "Nobody else spoke.\r\n";
        Article a = structure(text);
        assertEquals(text, a.text());
        assertEquals(3, a.sectionTexts(SectionKind.PARAGRAPH).size());
        assertEquals("Nobody else spoke.", a.sectionTexts(SectionKind.PARAGRAPH).get(2));
    }

    @Test
    void verbatimModeFindsTheCaptionAcrossBlankLinesInTheRawText() {
        String text = "Workers clear debris from a road near the northern border crossing on the\n\n\n"
                + "morning of Jan. 5, 2024. (Photo by Fars)\n\nKABUL, Jan 6 (AP) \u2014 Aid trucks crossed the border\n"
                + "on Saturday after a week of delays.\n";
        Article a = structurer.structure(text, null, null, TextStructurer.Mode.VERBATIM).article();
        ArticleChecks.assertWellFormed(a);
        assertEquals(text, a.text());
        assertEquals(1, a.captions().size());
        assertTrue(a.captions().get(0).span().text().startsWith("Workers clear"));
        assertTrue(a.captions().get(0).span().text().endsWith("(Photo by Fars)"));
        assertEquals("2024-01-06", a.dateline().date());
    }

    @Test
    void yearComesFromFallbackDateWhenTheDocumentHasNone() {
        String text = "BEIRUT, Dec 30 (AP) \u2014 Parliament met on Thursday.\n\nIt adjourned at noon.\n";
        Article a = structure(text, DocumentMetadata.NONE, new ReadOptions(LocalDate.of(2024, 1, 2), 1000));
        assertEquals("2023-12-30", a.dateline().date()); // rolled back over the new year
        assertEquals("2023-12-30", a.published());
    }

    @Test
    void yearComesFromMetadataWhenThereIsNoFallbackDate() {
        String text = "BEIRUT, March 3 (AP) \u2014 Parliament met on Thursday.\n\nIt adjourned at noon.\n";
        DocumentMetadata meta = new DocumentMetadata(null, null, null, null, "2022-03-04T10:00:00Z", null);
        assertEquals("2022-03-03", structure(text, meta, ReadOptions.DEFAULTS).dateline().date());
    }

    @Test
    void theDocumentBeatsTheFallbackDate() {
        String text = "Mourners gather outside the mosque in the old city of the capital during the funeral on\n\n"
                + "Nov. 23, 2021. (Photo by Fars)\n\nTehran, November 24 (RHC)-- Thousands attended the funeral of\n"
                + "the cleric on Thursday, state media reported.\n";
        Article a = structure(text, DocumentMetadata.NONE, new ReadOptions(LocalDate.of(2024, 6, 1), 1000));
        assertEquals("2021-11-24", a.dateline().date());
    }

    @Test
    void withoutAnyYearTheDateStaysPartialAndPublishedFallsBack() {
        String text = "BEIRUT, March 3 (AP) \u2014 Parliament met on Thursday.\n\nIt adjourned at noon.\n";
        StructuredText s = structurer.structure(text, DocumentMetadata.NONE, ReadOptions.DEFAULTS);
        assertEquals("--03-03", s.article().dateline().date());
        assertNull(s.article().published());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("--03-03")), s.warnings().toString());
        DocumentMetadata meta = new DocumentMetadata(null, null, null, null, "2020-05-06", null);
        String noDate = "KYIV, Ukraine \u2014 Drones struck overnight.\n\nRepairs began.\n";
        assertEquals("2020-05-06", structure(noDate, meta, ReadOptions.DEFAULTS).published());
    }

    @Test
    void bylineAfterTitleAndDatelineSections() {
        String text = "Grain talks resume in Doha\n\nBy JANE DOE and JOHN ROE, Associated Press\n\n"
                + "DOHA, Qatar (AP) \u2014 Ministers met on Tuesday.\n\nThey will meet again.\n";
        Article a = structure(text);
        assertEquals("Grain talks resume in Doha", a.title());
        assertEquals("JANE DOE and JOHN ROE, Associated Press", a.byline());
        assertEquals(List.of(SectionKind.TITLE, SectionKind.BYLINE, SectionKind.DATELINE, SectionKind.PARAGRAPH,
                SectionKind.PARAGRAPH), a.sections().stream().map(s -> s.kind()).toList());
        assertEquals("Ministers met on Tuesday.", a.sectionTexts(SectionKind.PARAGRAPH).get(0));
        assertEquals("DOHA, Qatar", a.dateline().place());
    }

    @Test
    void aLeadSentenceStartingWithByIsNoByline() {
        String text = "By Thursday, the army had left the town.\n\nResidents returned.\n";
        Article a = structure(text);
        assertNull(a.byline());
        assertEquals(2, a.sectionTexts(SectionKind.PARAGRAPH).size());
    }

    @Test
    void seedArticleWhenPresent() throws IOException, DocumentException {
        Path seed = Path.of("../../shared/seed/000_fc450134ee5bacbb.txt");
        if (!Files.exists(seed)) {
            seed = Path.of("../shared/seed/000_fc450134ee5bacbb.txt");
        }
        Assumptions.assumeTrue(Files.exists(seed), "seed article not present");
        byte[] bytes = Files.readAllBytes(seed);
        ReadDocument doc = new PlainTextReader().read(new SourceDocument(seed.toString(), bytes, null),
                ReadOptions.DEFAULTS);
        Article a = doc.article();
        ArticleChecks.assertWellFormed(a);
        assertEquals("Doha", a.dateline().place());
        assertEquals("2023-11-24", a.dateline().date());
        assertEquals("RHC", a.dateline().agency());
        assertEquals("2023-11-24", a.published());
        assertEquals(1, a.captions().size());
        assertEquals("Fars", a.captions().get(0).credit());
        List<String> paragraphs = a.sectionTexts(SectionKind.PARAGRAPH);
        assertEquals(8, paragraphs.size());
        String caption = a.captions().get(0).span().text();
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("(Photo by")));
        assertTrue(caption.endsWith("(Photo by Fars)"));
        assertTrue(a.text().contains("Hamas politburo chief Ismail Haniyeh in Doha where"));
        assertTrue(a.text().contains("the plan with Amir-Abdollahian and thanked Iran"));
        assertTrue(doc.info().id().matches("[0-9a-f]{64}"));
    }
}
