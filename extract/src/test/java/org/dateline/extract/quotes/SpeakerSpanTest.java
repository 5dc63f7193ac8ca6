package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The speaker mention of a passive agent starts after "by"; on hand-built parses. */
class SpeakerSpanTest {
    private static final Sentence PASSIVE = sentence("The/the/DT plan/plan/NN was/be/VBD mocked/mock/VBN by/by/IN "
                    + "Dana/Dana/NNP/PERSON Whitby/Whitby/NNP/PERSON",
            "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "root -1 3", "case 6 4", "compound 6 5", "obl 3 6");

    @Test
    void thePrepositionOfAPassiveAgentIsNotPartOfTheSpeaker() {
        Attribution a = new Attribution(0, 8, null);
        a.speaker(PASSIVE, 6, Parse.nounPhrase(PASSIVE, 6));
        assertEquals("Dana Whitby", HandParse.text(PASSIVE).substring(a.speakerBegin, a.speakerEnd));
        assertEquals(6, a.speakerHead);
    }

    @Test
    void aSubjectKeepsItsDeterminer() {
        Sentence s = sentence("The/the/DT aide/aide/NN said/say/VBD no/no/UH", "det 1 0", "nsubj 2 1", "root -1 2",
                "obj 2 3");
        Attribution a = new Attribution(0, 1, null);
        a.speaker(s, 1, Parse.nounPhrase(s, 1));
        assertEquals("The aide", HandParse.text(s).substring(a.speakerBegin, a.speakerEnd));
    }
}
