package org.dateline.extract.events;

import static org.dateline.extract.events.ParseFixture.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventDaterTest {
    private static final LocalDate ARTICLE = LocalDate.of(2024, 3, 8);

    @Test
    void aNominalEventSetAsTheSceneOfAnotherHasNoDayOfItsOwn() {
        // "The envoy travelled amid the invasion": the invasion did not happen on the article's day
        Sentence s = sentence("The/the/DT envoy/envoy/NN travelled/travel/VBD amid/amid/IN the/the/DT invasion/invasion/NN",
                "det 1 0", "nsubj 2 1", "root -1 2", "case 5 3", "det 5 4", "obl:amid 2 5");
        EventDater.Dated d = EventDater.date(new ParseView(s), 5, 2, List.of(), ARTICLE);
        assertNull(d.day());
    }

    @Test
    void anEventOfTheClauseItselfTakesTheArticleDay() {
        Sentence s = sentence("Gondor/Gondor/NNP launched/launch/VBD an/a/DT invasion/invasion/NN",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3");
        EventDater.Dated d = EventDater.date(new ParseView(s), 3, 1, List.of(), ARTICLE);
        assertEquals(ARTICLE, d.day());
    }
}
