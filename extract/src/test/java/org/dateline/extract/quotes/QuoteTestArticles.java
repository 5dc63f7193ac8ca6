package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.ReadDocument;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Quote;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.nlp.SharedPipeline;

/** Short articles written for the quote tests, analyzed whole with the shared CoreNLP pipeline. */
final class QuoteTestArticles {
    private QuoteTestArticles() {
    }

    /** {@code text} as an article of blank-line paragraphs dated 2024-03-05; every span is checked. */
    static Analysis analyze(String text) {
        List<Section> sections = new ArrayList<>();
        for (int[] b : QuoteExtractor.blankLineBlocks(text)) {
            sections.add(new Section(SectionKind.PARAGRAPH, b[0], b[1]));
        }
        Article article = new Article(text, null, null, null, "2024-03-05", null, sections, List.of(), "en");
        Analysis a = new Analyzer(SharedPipeline.get()).analyze(new ReadDocument(
                new DocumentInfo("test", "test.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8).length),
                article, List.of()));
        AnalysisAssertions.assertSpansPointAtText(a);
        return a;
    }

    /** The quotes of {@code text} analyzed as {@link #analyze} does. */
    static List<Quote> quotes(String text) {
        return analyze(text).quotes();
    }

    /** The text of {@code q}'s speaker mention; fails the test when it has none. */
    static String speaker(Quote q) {
        assertNotNull(q.speaker(), "no speaker for " + q);
        assertNotNull(q.speaker().mention(), "no speaker mention for " + q);
        return q.speaker().mention().text();
    }

    static Quote quoteWith(List<Quote> quotes, String contentPart) {
        return quotes.stream().filter(q -> q.content().text().contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + contentPart + "' in " + quotes));
    }
}
