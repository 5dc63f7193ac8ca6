package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code "...," Ann Lee said, adding that ...}: a participle right after a cue and its comma continues that
 * cue's speaker. The parser often hangs such a participle inside the quotation or the reported clause, where
 * no subject of its own is found.
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
            return -1;
        }
        int subject = ClauseAttributor.speakerOf(s, cue, quotes);
        if (subject < 0) {
            subject = ClauseAttributor.nameRightBefore(s, cue, quotes);
        }
        return subject >= 0 && subject < cue ? subject : -1;
    }
}
