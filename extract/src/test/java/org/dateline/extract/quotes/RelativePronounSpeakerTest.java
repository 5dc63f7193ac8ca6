package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The relative pronoun the parser hung off its verb speaks, not the noun the clause describes. Hand-built parses. */
class RelativePronounSpeakerTest {
    private static Attribution statement(Sentence s, int speaker, int cue, int contentFrom, int contentTo) {
        Attribution a = new Attribution(s.token(contentFrom).begin(), s.token(contentTo).end(), QuoteKind.INDIRECT);
        a.speaker(s, speaker, new int[] {s.token(speaker).begin(), s.token(speaker).end()});
        a.cue(s.token(cue).begin(), s.token(cue).end());
        return a;
    }

    @Test
    void aWhoParsedAsTheObjectOfItsVerbIsTheSpeaker() {
        Sentence s = HandParse.sentence("Ortiz/Ortiz/NNP/PERSON ,/,/, who/who/WP on/on/IN Monday/Monday/NNP "
                        + "endorsed/endorse/VBD Lee/Lee/NNP/PERSON ,/,/, spoke/speak/VBD ././.",
                "root -1 8", "nsubj 8 0", "punct 0 1", "obj 5 2", "case 4 3", "obl 5 4", "acl:relcl 0 5",
                "obj 5 6", "punct 0 7", "punct 8 9");
        Attribution a = statement(s, 0, 5, 6, 6);
        RelativePronounSpeaker.restore(List.of(a));
        assertEquals(2, a.speakerHead);
    }

    @Test
    void whoseOpeningTheSubjectOfTheClauseIsTheSpeaker() {
        Sentence s = HandParse.sentence("It/it/PRP worries/worry/VBZ Ortiz/Ortiz/NNP/PERSON ,/,/, whose/whose/WP$ "
                        + "task/task/NN is/be/VBZ to/to/TO recommend/recommend/VB options/option/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "punct 2 3", "nmod:poss 5 4", "nsubj 8 5", "cop 8 6",
                "mark 8 7", "acl:relcl 2 8", "obj 8 9", "punct 1 10");
        Attribution a = statement(s, 2, 8, 9, 9);
        RelativePronounSpeaker.restore(List.of(a));
        assertEquals(4, a.speakerHead);
    }

    @Test
    void aRelativeClauseWithASubjectOfItsOwnKeepsItsSpeaker() {
        Sentence s = HandParse.sentence("Ortiz/Ortiz/NNP/PERSON ,/,/, whom/whom/WP Lee/Lee/NNP/PERSON "
                        + "praised/praise/VBD ,/,/, spoke/speak/VBD ././.",
                "root -1 6", "nsubj 6 0", "punct 0 1", "obj 4 2", "nsubj 4 3", "acl:relcl 0 4", "punct 0 5",
                "punct 6 7");
        Attribution a = statement(s, 0, 4, 2, 2);
        RelativePronounSpeaker.restore(List.of(a));
        assertEquals(0, a.speakerHead);
    }
}
