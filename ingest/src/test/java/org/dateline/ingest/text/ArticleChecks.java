package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.ingest.ReadDocument;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;

/** The invariants every article from this package must keep, checked with the model's test kit. */
final class ArticleChecks {
    private ArticleChecks() {
    }

    static void assertWellFormed(Article article) {
        AnalysisAssertions.assertSectionsWellFormed(article);
        Analysis analysis = new Analysis(Analysis.VERSION, new DocumentInfo("test", "test", "text/plain", 0), article,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        AnalysisAssertions.assertSpansPointAtText(analysis);
        article.captions().forEach(c -> assertTrue(c.span().pointsInto(article.text()), "caption span"));
        if (article.dateline() != null) {
            assertTrue(article.dateline().span().pointsInto(article.text()), "dateline span");
        }
    }

    static void assertWellFormed(ReadDocument doc) {
        assertWellFormed(doc.article());
    }
}
