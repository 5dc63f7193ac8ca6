package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "Zucker, who in the past has voiced the desire to run": when words come between "who" and its verb the parser
 * often makes "who" the verb's object, the cue is left without a subject, and the finders take the noun the
 * clause describes as the speaker. PolNeAR marks the relative pronoun itself ("who", "whose" in "whose task is
 * to recommend"), as it does when the parse is right, so the pronoun is the speaker.
 */
final class RelativePronounSpeaker {
    private static final Set<String> PERSON_RELATIVES = Set.of("who", "whom", "whose");

    private RelativePronounSpeaker() {
    }

    static void restore(List<Attribution> all) {
        for (Attribution a : all) {
            int pronoun = misparsedPronoun(a);
            if (pronoun >= 0) {
                Sentence s = a.speakerSentence;
                a.speaker(s, pronoun, new int[] {s.token(pronoun).begin(), s.token(pronoun).end()});
            }
        }
    }

    /** The relative pronoun the cue's clause opens with when the speaker is the noun that clause describes, or -1. */
    static int misparsedPronoun(Attribution a) {
        Sentence s = a.speakerSentence;
        if (s == null || a.speakerHead < 0 || a.cueBegin < 0) {
            return -1;
        }
        int cue = Parse.tokenAt(s, a.cueBegin);
        if (cue < 0 || !Parse.relation(s, cue).equals("acl:relcl") || Parse.governor(s, cue) != a.speakerHead) {
            return -1;
        }
        int subject = Parse.child(s, cue, "nsubj");
        for (int i = a.speakerHead + 1; i < cue; i++) {
            if (!PERSON_RELATIVES.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int governor = Parse.governor(s, i);
            boolean ownedBySubject = subject >= 0 && governor == subject; // "whose task is to recommend"
            boolean hungOnCue = governor == cue && (subject < 0 || subject == i);
            return ownedBySubject || hungOnCue ? i : -1;
        }
        return -1;
    }
}
