package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;

/**
 * Statements whose cue is a noun and whose speaker we took from its possessor ("her endorsement", "Lee's
 * attacks"), handed to someone else where the sentence shows the possessor is not the source.
 */
final class PossessedNounCue {
    /** The token that speaks instead of {@code possessor} for the noun cue {@code noun}, or -1 to keep it. */
    @FunctionalInterface
    interface OtherSpeaker {
        int of(Sentence s, int noun, int possessor);
    }

    private PossessedNounCue() {
    }

    static void moveSpeakers(List<Attribution> attributions, OtherSpeaker other) {
        for (Attribution a : attributions) {
            if (!a.hasSpeaker() || !a.hasCue() || a.speakerSentence == null || a.speakerFrom != null) {
                continue;
            }
            Sentence s = a.speakerSentence;
            int noun = Parse.tokenAt(s, a.cueBegin);
            int speaker = noun < 0 ? -1 : other.of(s, noun, a.speakerHead);
            if (speaker >= 0) {
                a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
            }
        }
    }
}
