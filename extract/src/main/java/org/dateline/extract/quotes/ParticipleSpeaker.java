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

    /** A person or organization by name, or a common noun for a person ("the senator"). */
    private static boolean isPersonNoun(Sentence s, int token) {
        String ner = s.token(token).ner();
        return s.token(token).isNoun() && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)
                || SpeakerResolver.PERSON_NOUNS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT)));
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

    /**
     * "Clinton has been cagey about where she stands, offering few specifics": a participle after a comma speaks for
     * the subject of the sentence's main clause, wherever the parse hangs it below that clause; -1 when the cue is no
     * such participle, has a subject of its own, or hangs in a coordinated clause with its own subject ("Lee won, but
     * Ortiz refused, saying ..."). A person's name that the parse made the root of a sentence without a main verb
     * speaks itself.
     */
    static int mainSubject(Sentence s, int cue) {
        if (cue == 0 || !s.token(cue).pos().equals("VBG") || !s.token(cue - 1).word().equals(",")
                || Parse.child(s, cue, "nsubj", "csubj", "nsubj:pass") >= 0) {
            return -1;
        }
        int v = Parse.governor(s, cue);
        for (int steps = 0; v >= 0 && steps < 10; steps++) {
            String r = Parse.relation(s, v);
            if (r.equals("root")) {
                int subject = Parse.child(s, v, "nsubj");
                if (subject < 0 && v < cue && isPersonNoun(s, v)) {
                    return v; // "Sen. Ann Lee, who ..., voted no, saying ...": the parse made the name the root
                }
                return subject >= 0 && subject < v && v < cue ? subject : -1;
            }
            boolean coordinated = r.startsWith("conj") || r.equals("parataxis");
            if (coordinated && Parse.child(s, v, "nsubj", "nsubj:pass") >= 0) {
                return -1;
            }
            v = Parse.governor(s, v);
        }
        return -1;
    }
}
