package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A number or adjective subject gives way to the noun apposed to it; hand-built parses (sentences written for the test). */
class CountWordAppositionTest {
    @Test
    void theNameApposedToOneOfThemSpeaks() {
        // "One of the nurses , Ann Lee , said ..."
        Sentence s = sentence("One/one/CD of/of/IN the/the/DT nurses/nurse/NNS ,/,/, Ann/Ann/NNP/PERSON "
                        + "Lee/Lee/NNP/PERSON ,/,/, said/say/VBD",
                "nsubj 8 0", "case 3 1", "det 3 2", "nmod 0 3", "punct 6 4", "compound 6 5", "appos 0 6",
                "punct 6 7", "root -1 8");
        assertEquals(6, AppositionSpeaker.of(s, 0, 8));
    }

    @Test
    void theNounApposedToAnAdjectiveSpeaks() {
        // "A third , the county clerks , declared ..."
        Sentence s = sentence("A/a/DT third/third/JJ ,/,/, the/the/DT county/county/NN clerks/clerk/NNS ,/,/, "
                        + "declared/declare/VBD",
                "det 1 0", "nsubj 7 1", "punct 5 2", "det 5 3", "compound 5 4", "appos 1 5", "punct 5 6", "root -1 7");
        assertEquals(5, AppositionSpeaker.of(s, 1, 7));
    }

    @Test
    void aNounSubjectKeepsItsOwnApposedNoun() {
        // "The clerks , a tired group , declared ..." keeps "clerks"
        Sentence s = sentence("The/the/DT clerks/clerk/NNS ,/,/, a/a/DT tired/tired/JJ group/group/NN ,/,/, "
                        + "declared/declare/VBD",
                "det 1 0", "nsubj 7 1", "punct 5 2", "det 5 3", "amod 5 4", "appos 1 5", "punct 5 6", "root -1 7");
        assertEquals(1, AppositionSpeaker.of(s, 1, 7));
    }
}
