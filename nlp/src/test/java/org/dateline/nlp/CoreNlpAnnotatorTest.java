package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class CoreNlpAnnotatorTest {
    private static final String TEXT = "Caption line about a harbour (Photo by Lumen)\n\n"
            + "The Chilean president, Gabriela Ortiz, met union leaders in Valparaiso on Tuesday night.\n\n"
            + "She said talks would resume next week.";

    @Test
    void blankLinesSeparateSentencesAndOffsetsPointIntoTheText() {
        AnnotatedText a = SharedPipeline.get().annotate(TEXT, LocalDate.of(2024, 5, 10));
        assertEquals(3, a.sentences().size());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word().replace("\u00a0", " "), TEXT.substring(t.begin(), t.end()).replace("\u00a0", " "));
            }
            assertEquals(1, s.roots().size(), "one root per sentence");
        }
    }

    @Test
    void namesAndTimesComeBackInOurTypes() {
        AnnotatedText a = SharedPipeline.get().annotate(TEXT, LocalDate.of(2024, 5, 10));
        List<String> names = a.mentions().stream().map(m -> m.type() + ":" + m.text()).toList();
        assertTrue(names.contains("PERSON:Gabriela Ortiz"), names.toString());
        assertTrue(names.contains("LOCATION:Valparaiso"), names.toString());
        TimeExpression tuesday = a.times().stream().filter(t -> t.text().contains("Tuesday")).findFirst().orElseThrow();
        assertTrue(tuesday.value().startsWith("2024-05-07"), tuesday.toString());
        TimeExpression nextWeek = a.times().stream().filter(t -> t.text().equals("next week")).findFirst().orElseThrow();
        assertEquals("2024-W20", nextWeek.value());
    }

    @Test
    void dependencyTreeLinksSubjectAndVerb() {
        AnnotatedText a = SharedPipeline.get().annotate(TEXT, LocalDate.of(2024, 5, 10));
        Sentence s = a.sentences().get(1);
        int met = s.tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow().index();
        assertEquals(met, s.roots().get(0));
        assertTrue(s.children(met).stream().anyMatch(d -> d.relation().equals("nsubj")));
        assertTrue(s.enhanced().stream().anyMatch(d -> d.relation().equals("obl:on")), s.enhanced().toString());
    }
}
