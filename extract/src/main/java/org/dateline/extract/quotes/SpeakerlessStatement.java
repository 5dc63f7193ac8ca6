package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;

/**
 * Statements for which no speaker was found: the finders' failures ("..., saying the toll rose" with the
 * subject out of reach) are dropped, since a statement nobody holds is no attribution. Kept are those whose
 * cue is a participle ("Lee is expected to win", "Asked about the toll, ..."): the text names no holder on
 * purpose, and such statements are reported without a source.
 */
final class SpeakerlessStatement {
    private SpeakerlessStatement() {
    }

    static void dropFrom(AnnotatedText nlp, List<Attribution> all) {
        all.removeIf(a -> isDropped(nlp, a));
    }

    static boolean isDropped(AnnotatedText nlp, Attribution a) {
        if (a.hasSpeaker() || a.speakerFrom != null || !a.hasCue()) {
            return false;
        }
        Sentence s = nlp.sentenceAt(a.cueBegin);
        int cue = s == null ? -1 : Parse.tokenAt(s, a.cueBegin);
        return cue >= 0 && !s.token(cue).pos().equals("VBN");
    }
}
