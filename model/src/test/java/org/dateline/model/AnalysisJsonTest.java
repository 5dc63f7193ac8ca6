package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    private static final String TEXT = "Ankara, March 3 (Anadolu)-- The mayor met the envoy.";

    private static Analysis sample(Span mention) {
        Article article = new Article(TEXT, null, null, null, "2024-03-03",
                new Dateline(Span.of(TEXT, 0, 26), "Ankara", "2024-03-03", "Anadolu"),
                List.of(new Section(SectionKind.DATELINE, 0, 26), new Section(SectionKind.PARAGRAPH, 0, TEXT.length())),
                List.of(), "en");
        Entity mayor = new Entity("E1", "mayor", EntityType.PERSON, List.of("mayor"), null,
                new Actor("TURGOV", "TUR", List.of("GOV")), List.of(mention));
        return new Analysis(Analysis.VERSION, new DocumentInfo("abc", "a.txt", "text/plain", TEXT.length()),
                article, List.of(mayor), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Analysis a = sample(Span.of(TEXT, 31, 36));
        String json = AnalysisJson.toJson(a, false);
        assertTrue(json.startsWith("{\"dateline\":\"1\""), json);
        assertTrue(json.contains("\"kind\":\"dateline\""), json);
        assertEquals(a, AnalysisJson.fromJson(json));
    }

    @Test
    void spanWhoseTextDiffersFromTheArticleIsReported() {
        Analysis a = sample(new Span(31, 36, "envoy"));
        List<String> problems = SpanCheck.problems(a);
        assertEquals(1, problems.size(), problems.toString());
        assertThrows(IllegalStateException.class, a::validated);
    }

    @Test
    void spanLengthMustMatchItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 3, "ab"));
        assertThrows(IllegalArgumentException.class, () -> new Span(4, 3, ""));
        assertThrows(IllegalArgumentException.class, () -> Span.of("abc", 1, 9));
    }

    @Test
    void danglingEntityReferenceIsReported() {
        Analysis a = sample(Span.of(TEXT, 31, 36));
        Quote q = new Quote("Q1", QuoteKind.DIRECT, Span.of(TEXT, 27, 30), null, new Speaker("E9", null), List.of());
        Analysis withQuote = new Analysis(a.version(), a.document(), a.article(), a.entities(), a.places(), a.times(),
                List.of(q), a.events(), a.warnings());
        assertFalse(SpanCheck.problems(withQuote).isEmpty());
    }

    @Test
    void eventCodeMustBeCameoShaped() {
        assertThrows(IllegalArgumentException.class, () -> new Event("V1", "4x", null, null, null, null, null,
                null, null, Modality.ASSERTED, null, null, null, 0.5));
    }
}
