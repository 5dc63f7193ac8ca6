package org.dateline.extract.events;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * The speaker of a sentence-final attribution (", Ukraine's air force said.") takes no part in the events
 * the sentence reports: it is neither their source nor their target. Read off the word order, because the
 * parser often attaches such a tail into the clause before it ("struck the port of Odesa, ... Ukraine's
 * air force said" made "air force" an apposition of "port", and so the strike's target).
 */
final class TrailingAttribution {
    private static final Set<String> ATTRIBUTION_VERBS = Set.of("say", "tell", "report", "add", "announce", "claim",
            "state", "confirm", "allege", "write", "tweet", "note");
    /** Longest speaker phrase read between the comma and the verb ("the Armenian defence ministry"). */
    private static final int MAX_SPEAKER = 10;

    private TrailingAttribution() {
    }

    /** The lookup, blind to the tokens of a trailing attribution's speaker; the lookup itself when there is none. */
    static ActorCodeLookup masking(Sentence s, ActorCodeLookup actors) {
        int[] span = speaker(s);
        if (span == null) {
            return actors;
        }
        return (sentence, head) -> head >= span[0] && head < span[1] ? List.of() : actors.actorsOf(sentence, head);
    }

    /** [first, end) tokens of the speaker in "..., SPEAKER said." at the end of the sentence, or null. */
    static int[] speaker(Sentence s) {
        int last = s.tokens().size() - 1;
        while (last >= 0 && isPunctuation(s.token(last).word())) {
            last--;
        }
        if (last < 2 || !ATTRIBUTION_VERBS.contains(s.token(last).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (int i = last - 1; i >= Math.max(0, last - MAX_SPEAKER - 1); i--) {
            String w = s.token(i).word();
            if (w.equals(",")) {
                return i + 1 < last ? new int[] {i + 1, last} : null;
            }
            if (isPunctuation(w) || s.token(i).isVerb()) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPunctuation(String w) {
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || w.equals("''") || w.equals("``");
    }
}
