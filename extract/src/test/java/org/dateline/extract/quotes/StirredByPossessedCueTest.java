package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The ones a possessed noun cue stirs are its speaker (sentences written for the test). */
class StirredByPossessedCueTest {
    private static final String[] SUBJECT = {"nmod:poss 1 0", "nsubj 4 1", "case 3 2", "nmod 1 3", "root -1 4",
            "nmod:poss 6 5", "obj 4 6"};

    @Test
    void theOnesAlarmedSpeak() {
        Sentence s = sentence("Lee/Lee/NNP/PERSON 's/'s/POS attacks/attack/NNS on/on/IN Ortiz/Ortiz/NNP/PERSON "
                + "alarmed/alarm/VBD her/she/PRP$ supporters/supporter/NNS",
                "nmod:poss 2 0", "case 0 1", "nsubj 5 2", "case 4 3", "nmod 2 4", "root -1 5", "nmod:poss 7 6",
                "obj 5 7");
        assertEquals("her supporters", speakerAfterMove(s, 4, 2, 0));
    }

    @Test
    void theOnesItResonatesWithSpeak() {
        Sentence s = sentence("His/he/PRP$ attacks/attack/NNS on/on/IN banks/bank/NNS resonated/resonate/VBD "
                + "with/with/IN young/young/JJ voters/voter/NNS",
                "nmod:poss 1 0", "nsubj 4 1", "case 3 2", "nmod 1 3", "root -1 4", "case 7 5", "amod 7 6",
                "obl 4 7");
        assertEquals("young voters", speakerAfterMove(s, 3, 1, 0));
    }

    @Test
    void aVerbThatStirsNoFeelingKeepsThePossessor() {
        Sentence s = sentence("Her/she/PRP$ attacks/attack/NNS on/on/IN Lee/Lee/NNP/PERSON drew/draw/VBD "
                + "his/he/PRP$ reply/reply/NN", SUBJECT);
        assertEquals("Her", speakerAfterMove(s, 3, 1, 0));
    }

    @Test
    void aNounWithAClauseOfItsOwnKeepsThePossessor() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON 's/'s/POS claim/claim/NN that/that/IN the/the/DT "
                + "bridge/bridge/NN is/be/VBZ unsafe/unsafe/JJ angered/anger/VBD the/the/DT engineers/engineer/NNS",
                "nmod:poss 2 0", "case 0 1", "nsubj 8 2", "mark 7 3", "det 5 4", "nsubj 7 5", "cop 7 6",
                "acl 2 7", "root -1 8", "det 10 9", "obj 8 10");
        assertEquals("Ortiz", speakerAfterMove(s, 7, 2, 0));
    }

    @Test
    void aNounCueAsObjectIsLeftAlone() {
        Sentence s = sentence("Voters/voter/NNS resented/resent/VBD her/she/PRP$ attacks/attack/NNS "
                + "on/on/IN Lee/Lee/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "nmod 3 5");
        assertEquals("her", speakerAfterMove(s, 5, 3, 2));
    }

    @Test
    void theStirredInsideAQuotationAreNoSpeaker() {
        Sentence s = sentence("Her/she/PRP$ attacks/attack/NNS on/on/IN Lee/Lee/NNP/PERSON angered/anger/VBD "
                + "his/he/PRP$ aides/aide/NNS", SUBJECT);
        Attribution a = attribution(s, 3, 1, 0);
        int quoteBegin = s.token(5).begin();
        int quoteEnd = s.token(6).end();
        StirredByPossessedCue.moveSpeakers(List.of(a),
                List.of(new QuoteMarks.Quoted(quoteBegin - 1, quoteBegin, quoteEnd, quoteEnd + 1, true)));
        assertEquals("Her", text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    private static String speakerAfterMove(Sentence s, int content, int cue, int speaker) {
        Attribution a = attribution(s, content, cue, speaker);
        StirredByPossessedCue.moveSpeakers(List.of(a), List.of());
        return text(s).substring(a.speakerBegin, a.speakerEnd);
    }

    private static Attribution attribution(Sentence s, int content, int cue, int speaker) {
        Attribution a = new Attribution(s.token(content).begin(), s.token(content).end(), QuoteKind.INDIRECT);
        a.cue(s.token(cue).begin(), s.token(cue).end());
        a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
        return a;
    }
}
