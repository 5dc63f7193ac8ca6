package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * Cues with no subject of their own whose speaker is given elsewhere ("positioned Clinton as ... and said
 * his former rival would ...", "..., saying a candidate would have no effect"): when the parse took the
 * reported clause's subject for the cue's object, the words after the cue are still read as what was said.
 */
final class JoinedSurfaceCue {
    private JoinedSurfaceCue() {
    }

    /** Cues that mostly take a plain object or a phrase here ("putting her ahead", "pointing a finger", "showing off"). */
    private static final Set<String> NOT_SURFACE = Set.of("put", "call", "describe", "continue", "post", "point", "show",
            "respond", "threaten", "hold", "maintain", "learn", "see", "find", "figure", "remind");

    /** "..., saying ...": a verb of saying or thinking as a present participle right after a comma. */
    static boolean isParticipleAfterComma(Sentence s, int cue) {
        return cue > 0 && s.token(cue).pos().equals("VBG") && s.token(cue - 1).word().equals(",") && says(s, cue);
    }

    /** A verb of saying or thinking joined to an earlier verb by "and"/"but", or a participle after a comma. */
    static boolean isJoined(Sentence s, int cue) {
        return isParticipleAfterComma(s, cue) || cue > 0 && s.token(cue - 1).pos().equals("CC") && says(s, cue);
    }

    private static boolean says(Sentence s, int cue) {
        String lemma = s.token(cue).lemma().toLowerCase(Locale.ROOT);
        return (CueLexicon.isSpeechVerb(lemma) || CueLexicon.takesClause(lemma)) && !NOT_SURFACE.contains(lemma);
    }
}
