package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Statements without a speaker: dropped unless their cue is a participle. Hand-built parses, own sentences. */
class SpeakerlessStatementTest {
    private static Attribution statement(Sentence s, int cue, int contentFrom) {
        Attribution a = new Attribution(s.token(contentFrom).begin(), s.token(s.tokens().size() - 2).end(),
                QuoteKind.INDIRECT);
        a.cue(s.token(cue).begin(), s.token(cue).end());
        return a;
    }

    private static AnnotatedText nlp(Sentence s) {
        return new AnnotatedText(HandParse.text(s), List.of(s), List.of(), List.of());
    }

    @Test
    void aVerbOfSayingWhoseSpeakerWasNotFoundIsDropped() {
        Sentence s = HandParse.sentence("Prices/price/NNS rose/rise/VBD ,/,/, saying/say/VBG the/the/DT toll/toll/NN "
                        + "grew/grow/VBD ././.",
                "root -1 1", "nsubj 1 0", "punct 1 2", "advcl 1 3", "ccomp 3 6", "det 5 4", "nsubj 6 5", "punct 1 7");
        assertTrue(SpeakerlessStatement.isDropped(nlp(s), statement(s, 3, 4)));
    }

    @Test
    void aParticipleCueNamesNoHolderOnPurposeAndAStatementWithASpeakerStays() {
        Sentence s = HandParse.sentence("Lee/Lee/NNP/PERSON is/be/VBZ expected/expect/VBN to/to/TO win/win/VB ././.",
                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "xcomp 2 4", "mark 4 3", "punct 2 5");
        assertFalse(SpeakerlessStatement.isDropped(nlp(s), statement(s, 2, 3)));
        Sentence said = HandParse.sentence("Lee/Lee/NNP/PERSON said/say/VBD the/the/DT toll/toll/NN grew/grow/VBD ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 4", "det 3 2", "nsubj 4 3", "punct 1 5");
        Attribution a = statement(said, 1, 2);
        a.speaker(said, 0, new int[] {said.token(0).begin(), said.token(0).end()});
        assertFalse(SpeakerlessStatement.isDropped(nlp(said), a));
    }
}
