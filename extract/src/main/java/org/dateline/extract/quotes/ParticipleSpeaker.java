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

    /**
     * Clauses that tell their own event ("after Lee entered", "a charge that Lee denied"); a complement ("called for
     * Lee to quit", "alleging that Lee lied") is what the main subject says, so its subject does not speak.
     */
    private static final Set<String> INNER_CLAUSES = Set.of("advcl", "acl:relcl");

    /** Pronouns that stand for people besides the personal subjects; "it" and "this" do not. */
    private static final Set<String> OTHER_PERSON_PRONOUNS = Set.of("who", "you");

    /**
     * "The fracas erupted after Lee entered the race, calling ...": when the main subject is a thing, a person who is
     * the subject of the clause the participle hangs on directly is the one who speaks; otherwise the main subject.
     */
    private static int innerPersonOverThing(Sentence s, int cue, int main) {
        int v = Parse.governor(s, cue);
        if (v < 0 || !INNER_CLAUSES.contains(Parse.relation(s, v)) || isPersonLike(s, main)) {
            return main;
        }
        int inner = Parse.child(s, v, "nsubj");
        return inner > main && inner < cue && isPersonLike(s, inner) ? inner : main;
    }

    private static boolean isPersonLike(Sentence s, int token) {
        return isPersonNoun(s, token) || isPersonPronoun(s.token(token).word().toLowerCase(Locale.ROOT));
    }

    /** A person or organization by name, or a common noun for a person ("the senator"). */
    private static boolean isPersonNoun(Sentence s, int token) {
        return s.token(token).isNoun() && SpeakerResolver.namesSomeone(s.token(token));
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
                subject = subject >= 0 && subject < v && v < cue ? subject : -1;
                return subject >= 0 ? innerPersonOverThing(s, cue, subject) : -1;
            }
            boolean coordinated = r.startsWith("conj") || r.equals("parataxis");
            if (coordinated && Parse.child(s, v, "nsubj", "nsubj:pass") >= 0) {
                return -1;
            }
            v = Parse.governor(s, v);
        }
        return -1;
    }

    private static boolean isPersonPronoun(String word) {
        return Parse.PERSONAL_SUBJECTS.contains(word) || OTHER_PERSON_PRONOUNS.contains(word);
    }
}
