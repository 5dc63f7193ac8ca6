package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Speaker sharing between attributions, on offsets alone (no parse needed). */
class QuoteAttributorTest {
    @Test
    void aPieceWithTheSameCueButNoSpeakerTakesTheSpeakerOfTheOtherPiece() {
        // "My wish," he said, "is that ..." : offsets of the two pieces, the cue "said" and the speaker "he"
        Attribution first = new Attribution(1, 8, QuoteKind.DIRECT);
        first.cue(14, 18);
        first.speaker(null, 0, new int[] {11, 13});
        Attribution second = new Attribution(21, 60, QuoteKind.DIRECT);
        second.cue(14, 18);
        Attribution otherCue = new Attribution(70, 90, QuoteKind.DIRECT);
        otherCue.cue(92, 96);
        QuoteAttributor.speakerOfSharedCue(List.of(first, second, otherCue));
        assertEquals(11, second.speakerBegin);
        assertEquals(13, second.speakerEnd);
        assertSame(first, second.speakerFrom);
        assertFalse(otherCue.hasSpeaker(), "a different cue lends nothing");
    }
}
