package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The speaker mention of a passive agent starts after "by"; a head's prepositional phrase right after it belongs to
 * the mention, an aside after a comma or what was said does not; on hand-built parses.
 */
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

    private static final Sentence HEAD_OF = sentence("The/the/DT head/head/NN of/of/IN the/the/DT union/union/NN "
                    + "praised/praise/VBD the/the/DT deal/deal/NN",
            "det 1 0", "nsubj 5 1", "case 4 2", "det 4 3", "nmod 1 4", "root -1 5", "det 7 6", "obj 5 7");

    @Test
    void whomTheSpeakerAddressesIsNoPartOfTheSpeaker() {
        // "Whitby to farmers : ..." as a colon label
        Sentence s = sentence("Whitby/Whitby/NNP/PERSON to/to/TO farmers/farmer/NNS :/:/:", "root -1 0", "case 2 1",
                "nmod 0 2", "punct 0 3");
        Attribution a = new Attribution(0, 1, null);
        a.speaker(s, 0, Parse.nounPhrase(s, 0));
        assertEquals("Whitby", HandParse.text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aPrepositionalPhraseAfterTheHeadIsPartOfTheSpeaker() {
        Attribution a = new Attribution(30, 38, null);
        a.cue(22, 29);
        a.speaker(HEAD_OF, 1, Parse.nounPhrase(HEAD_OF, 1));
        assertEquals("The head of the union", HandParse.text(HEAD_OF).substring(a.speakerBegin, a.speakerEnd));
        assertEquals(1, a.speakerHead);
    }

    @Test
    void thePhraseIsLeftOutWhenItHoldsWhatWasSaid() {
        Attribution a = new Attribution(9, 21, null); // content "of the union" taken as said
        a.speaker(HEAD_OF, 1, Parse.nounPhrase(HEAD_OF, 1));
        assertEquals("The head", HandParse.text(HEAD_OF).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void anAsideAfterACommaIsNoPartOfTheSpeaker() {
        Sentence s = sentence("Lee/Lee/NNP/PERSON ,/,/, of/of/IN course/course/NN ,/,/, agreed/agree/VBD",
                "nsubj 5 0", "punct 0 1", "case 3 2", "nmod 0 3", "punct 0 4", "root -1 5");
        Attribution a = new Attribution(0, 1, null);
        a.speaker(s, 0, Parse.nounPhrase(s, 0));
        assertEquals("Lee", HandParse.text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aPossessiveInsideThePhraseKeepsItWhole() {
        // "An estimate by the state 's budget office projected a gap"
        Sentence s = sentence("An/a/DT estimate/estimate/NN by/by/IN the/the/DT state/state/NN 's/'s/POS "
                        + "budget/budget/NN office/office/NN projected/project/VBD a/a/DT gap/gap/NN",
                "det 1 0", "nsubj 8 1", "case 7 2", "det 4 3", "nmod:poss 7 4", "case 4 5", "compound 7 6",
                "nmod 1 7", "root -1 8", "det 10 9", "obj 8 10");
        Attribution a = new Attribution(52, 57, null); // content "a gap"
        a.speaker(s, 1, Parse.nounPhrase(s, 1));
        assertEquals("An estimate by the state 's budget office", HandParse.text(s).substring(a.speakerBegin, a.speakerEnd));
    }
}
