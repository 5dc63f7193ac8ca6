package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionCreditTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ministers meet in Doha on Nov. 23, 2023. (Photo by Fars)|Fars",
        "Ministers meet in Doha. Photo: Reuters|Reuters",
        "A man walks past rubble in Marvan. (AP Photo/John Doe)|AP/John Doe",
        "A man walks past rubble in Marvan. (AP Photo)|AP",
        "Residents queue for water. REUTERS/Anna Petrova|REUTERS/Anna Petrova",
        "The new terminal at dusk. Credit: Harbourline Logistics|Harbourline Logistics",
        "Smoke rises over the port [Mohammed Saleh/Reuters]|Mohammed Saleh/Reuters",
        "Ministers meet in Doha. (Photo: IRNA).|IRNA",
    })
    void findsTheCreditAndDropsItsWording(String caption, String credit) {
        assertEquals(credit, CaptionCredit.find(caption).orElseThrow(() -> new AssertionError(caption)).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister said the photo was taken in Doha.",
        "He said the talks would go on (and on).",
        "Officials from the U.S. and the EU met.",
        "Voters rate him higher than in a CNN/ORC poll in February.",
    })
    void bodySentencesHaveNoCredit(String paragraph) {
        assertTrue(CaptionCredit.find(paragraph).isEmpty(), paragraph);
    }

    @Test
    void aCreditLineOnItsOwnIsMarkedAlone() {
        assertTrue(CaptionCredit.find("(Photo by IRNA)").orElseThrow().alone());
        assertFalse(CaptionCredit.find("Talks in Tehran. (Photo by IRNA)").orElseThrow().alone());
    }

    @Test
    void aCaptionSplitByTheWrapIsOneGroupButAHeadlineIsNotPulledIn() {
        List<String> paragraphs = List.of("Workers search the rubble of a block in the",
                "northern district. (AP Photo/John Doe)", "Body text follows here.");
        List<CaptionFinder.Group> groups = CaptionFinder.find(paragraphs, i -> true);
        assertEquals(List.of(new CaptionFinder.Group(0, 1, "AP/John Doe")), groups);
        // the same first piece, but ending short (a headline before a caption), stays apart
        assertEquals(List.of(new CaptionFinder.Group(1, 1, "AP/John Doe")), CaptionFinder.find(paragraphs, i -> false));
    }
}
