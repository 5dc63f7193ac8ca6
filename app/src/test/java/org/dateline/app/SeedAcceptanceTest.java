package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The foundation issue's acceptance checks on the motivating article, read from ../shared beside the
 * repository (never copied into it); skipped where ../shared is absent.
 */
@Tag("slow")
class SeedAcceptanceTest {
    private static final Path SEED = Path.of("../../shared/seed/000_fc450134ee5bacbb.txt");

    @Test
    void seedArticleIsReadRightEndToEnd() throws Exception {
        assumeTrue(Files.exists(SEED), "no ../shared/seed beside the repository");
        Cli r = Cli.runAnalyzing("analyze", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        Analysis a = AnalysisJson.fromJson(r.out());
        AnalysisAssertions.assertSpansPointAtText(a);
        Article art = a.article();
        assertEquals("Doha", art.dateline().place());
        assertEquals("2023-11-24", art.dateline().date());
        assertEquals("RHC", art.dateline().agency());
        assertEquals("2023-11-24", art.published());
        assertEquals(1, art.captions().size());
        assertEquals("Fars", art.captions().get(0).credit());
        assertEquals(8, art.sectionTexts(SectionKind.PARAGRAPH).size());
        assertTrue(art.sectionTexts(SectionKind.PARAGRAPH).stream().noneMatch(p -> p.contains("Photo by")));
        assertTrue(art.text().contains("Hamas politburo chief Ismail Haniyeh in Doha where"));
        assertTrue(art.text().contains("the plan with Amir-Abdollahian and thanked Iran"));
        assertTrue(value(a, "Thursday night").startsWith("2023-11-23"));
        assertTrue(value(a, "Friday morning").startsWith("2023-11-24"));
        assertEquals("2023-11-23", value(a, "Nov. 23, 2023"));
        // the events stage dates by the resolved times alone: nothing told in the past tense lies after the dateline
        assertTrue(a.events().stream().allMatch(e -> e.date() == null || e.date().compareTo("2023-11-24") <= 0),
                a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.trigger().text().equals("truce") && "2023-11-24".equals(e.date())),
                "the truce began on Friday morning: " + a.events());
    }

    private static String value(Analysis a, String text) {
        return a.times().stream().filter(t -> t.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + text + " in " + a.times())).value();
    }
}
