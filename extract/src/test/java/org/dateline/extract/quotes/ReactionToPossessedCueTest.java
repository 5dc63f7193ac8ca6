package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The one who reacts to a possessed noun cue is its speaker (sentences written for the test). */
class ReactionToPossessedCueTest {
    private static final String[] OBJECT = {"nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4",
            "nmod 3 5"};

    @Test
    void theSubjectOfTheVerbTakingTheNounSpeaks() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON rescinded/rescind/VBD her/she/PRP$ endorsement/endorsement/NN "
                + "of/of/IN Lee/Lee/NNP/PERSON", OBJECT);
        assertEquals("Ortiz", speakerAfterMove(s));
    }

    @Test
    void aThingThatActsOnTheNounLeavesThePossessor() {
        Sentence s = sentence("Rain/rain/NN delayed/delay/VBD her/she/PRP$ endorsement/endorsement/NN "
                + "of/of/IN Lee/Lee/NNP/PERSON", OBJECT);
        assertEquals("her", speakerAfterMove(s));
    }

    @Test
    void theOneWhoRespondsToTheRequestSpeaks() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON responded/respond/VBD to/to/TO her/she/PRP$ "
                + "request/request/NN for/for/IN talks/talk/NNS",
                "nsubj 1 0", "root -1 1", "case 4 2", "nmod:poss 4 3", "obl 1 4", "case 6 5", "nmod 4 6");
        Attribution a = attribution(s, 6, 4, 3);
        ReactionToPossessedCue.moveSpeakers(List.of(a), List.of());
        assertEquals("Ortiz", text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aCircumstanceBeforeTheVerbKeepsItsPossessor() {
        Sentence s = sentence("For/for/IN her/she/PRP$ support/support/NN of/of/IN Lee/Lee/NNP/PERSON "
                + ",/,/, Ortiz/Ortiz/NNP/PERSON thanked/thank/VBD her/she/PRP",
                "case 2 0", "nmod:poss 2 1", "obl 7 2", "case 4 3", "nmod 2 4", "punct 7 5", "nsubj 7 6", "root -1 7",
                "obj 7 8");
        Attribution a = attribution(s, 4, 2, 1);
        ReactionToPossessedCue.moveSpeakers(List.of(a), List.of());
        assertEquals("her", text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aPossessedNounAsSubjectKeepsItsPossessor() {
        Sentence s = sentence("Her/she/PRP$ endorsement/endorsement/NN of/of/IN Lee/Lee/NNP/PERSON "
                + "surprised/surprise/VBD Ortiz/Ortiz/NNP/PERSON",
                "nmod:poss 1 0", "nsubj 4 1", "case 3 2", "nmod 1 3", "root -1 4", "obj 4 5");
        Attribution a = attribution(s, 3, 1, 0);
        ReactionToPossessedCue.moveSpeakers(List.of(a), List.of());
        assertEquals("Her", text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    private static String speakerAfterMove(Sentence s) {
        Attribution a = attribution(s, 5, 3, 2);
        ReactionToPossessedCue.moveSpeakers(List.of(a), List.of());
        return text(s).substring(a.speakerBegin, a.speakerEnd);
    }

    private static Attribution attribution(Sentence s, int content, int cue, int speaker) {
        Attribution a = new Attribution(s.token(content).begin(), s.token(content).end(), QuoteKind.INDIRECT);
        a.cue(s.token(cue).begin(), s.token(cue).end());
        a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
        return a;
    }
}
