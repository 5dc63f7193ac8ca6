package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/** Who speaks through a participial cue ("-ing") when the parse hangs it somewhere misleading. */
final class ParticipleSpeaker {
    /** Prepositions of the absolute construction "with X saying ...": X is the participle's subject. */
    private static final Set<String> ABSOLUTE = Set.of("with", "despite", "amid", "without");

    private ParticipleSpeaker() {
    }

    /**
     * "with polls showing Lee ahead", "despite a new poll finding ...": the noun the participle modifies right after
     * "with" is what says it, not the subject of the clause around; -1 when the cue is no such
     * participle.
     */
    static int absoluteSubject(Sentence s, int cue) {
        int noun = Parse.governor(s, cue);
        if (noun < 0 || noun > cue || !Parse.relation(s, cue).equals("acl") || !s.token(cue).pos().equals("VBG")
                || !s.token(noun).isNoun() || !adjacent(s, noun, cue)) {
            return -1;
        }
        String prep = ClauseAttributor.caseWord(s, noun).toLowerCase(Locale.ROOT);
        return ABSOLUTE.contains(prep) ? noun : -1;
    }

    /** The participle right after its noun, adverbs allowed between ("with Lee reportedly saying"). */
    private static boolean adjacent(Sentence s, int noun, int cue) {
        for (int i = noun + 1; i < cue; i++) {
            if (!s.token(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }
}
