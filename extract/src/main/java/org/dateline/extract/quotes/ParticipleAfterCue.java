package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code "...," Ann Lee said, adding that ...}, {@code "...," said Ann Lee, adding that ...}: a participle right after
 * a cue (or after an inverted cue's speaker) and its comma continues that cue's speaker. The parser often hangs such a
 * participle inside the quotation or the reported clause, where no subject of its own is found.
 */
final class ParticipleAfterCue {
    private ParticipleAfterCue() {
    }

    /** The speaker of the cue right before participle {@code verb} ("said, adding"), or -1. */
    static int speaker(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        if (verb < 2 || !s.token(verb).pos().equals("VBG") || !s.token(verb - 1).word().equals(",")) {
            return -1;
        }
        int cue = verb - 2;
        Token before = s.token(cue);
        if (!CueLexicon.isSpeechVerb(before.lemma()) || !(before.pos().equals("VBD") || before.pos().equals("VBZ"))) {
            return invertedSpeaker(s, verb, quotes);
        }
        int subject = CueSpeaker.speakerOf(s, cue, quotes);
        if (subject < 0) {
            subject = SpeakerBesideCue.nameRightBefore(s, cue, quotes);
        }
        return subject >= 0 && subject < cue ? subject : -1;
    }

    /**
     * {@code "...," said Ann Lee, adding that ...}: the speaker named after an inverted cue, right before the comma of
     * participle {@code verb}; -1 when the words before that comma are no such cue and name.
     */
    private static int invertedSpeaker(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        for (int cue = verb - 3; cue >= 0 && cue >= verb - 8; cue--) {
            Token t = s.token(cue);
            if (!t.isVerb()) {
                continue;
            }
            if (!CueLexicon.isSpeechVerb(t.lemma())) {
                return -1;
            }
            int speaker = SpeakerBesideCue.speakerAfter(s, cue);
            if (speaker < 0) {
                speaker = SpeakerBesideCue.nameRightAfter(s, cue, quotes);
            }
            return speaker > cue && speaker == verb - 2 && !ClauseAttributor.insideQuote(quotes, s.token(speaker)) ? speaker : -1;
        }
        return -1;
    }
}
