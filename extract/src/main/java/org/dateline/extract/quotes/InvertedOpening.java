package org.dateline.extract.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;

/**
 * {@code Said Ann Lee: “...”}, {@code Said Ann Lee, who grew up there, “...”}: a sentence opening with a verb of
 * saying and the speaker after it, before the quotation. The tagger reads the capitalized verb as a name, so the
 * parse has no cue; the opening word is taken as it is written.
 */
final class InvertedOpening {
    private static final Set<String> OPENING_CUES = Set.of("Said", "Says", "Added", "Adds", "Wrote", "Writes",
            "Explained", "Recalled", "Noted", "Tweeted", "Declared", "Replied", "Continued", "Asked", "Asks");

    private InvertedOpening() {
    }

    /** Gives {@code a} the opening cue and the speaker after it; false when the quotation's sentence opens otherwise. */
    static boolean speaker(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        Sentence s = nlp.sentenceAt(q.open());
        if (s == null || s.tokens().size() < 3 || !OPENING_CUES.contains(s.token(0).word())
                || ClauseAttributor.insideQuote(quotes, s.token(0))) {
            return false;
        }
        int head = SpeakerBesideCue.speakerAfterAny(s, 0);
        if (head < 0 || s.token(head).end() > q.open() || ClauseAttributor.insideQuote(quotes, s.token(head))) {
            return false;
        }
        a.cue(s.token(0).begin(), s.token(0).end());
        a.speaker(s, head, new int[] {s.token(1).begin(), s.token(head).end()});
        return true;
    }
}
