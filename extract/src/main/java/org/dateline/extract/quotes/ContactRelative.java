package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "the blunt style she prefers", "everything they wanted", "a town he doesn't remember": a cue verb in a relative
 * clause without a relative word, whose object is the noun right before the clause's subject. PolNeAR marks that
 * noun phrase as the content and the clause's subject as the source. The parser rarely sees the relative clause
 * (it hangs the verb as parataxis or dep on the main verb), so the construction is read from the surface: a verb
 * with no object or clause of its own, nothing of its own before its subject, and a noun right before that subject.
 * ({@link RelativeObjectCue} reads the relatives with "which" or "that".)
 */
final class ContactRelative {
    /** Pronouns that stand for a thing and can head such a phrase ("everything they wanted"). */
    private static final Set<String> THING_PRONOUNS = Set.of("everything", "something", "anything", "nothing", "all");
    /** Relations of a verb's own object, clause or infinitive: with one of them the noun before is not its object. */
    private static final Set<String> OWN_COMPLEMENTS = Set.of("obj", "iobj", "ccomp", "xcomp", "csubj");
    /** A time word before the subject is no object: "said Wednesday he agrees", "told reporters last week she would". */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** The noun's own words before it that belong to the content phrase. */
    private static final Set<String> PREMODIFIERS = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "advmod",
            "det:predet");

    private ContactRelative() {
    }

    /** The noun phrase {@code cue} takes as its object across a contact relative, as its content; empty when none. */
    static List<int[]> content(Sentence s, int cue) {
        if (Parse.hasChild(s, cue, "aux:pass")
                || s.token(cue).pos().equals("VBN") && !Parse.hasChild(s, cue, "aux")) {
            return List.of(); // "the language embraced by Lee" is a participle, not a relative clause
        }
        int subject = Parse.child(s, cue, "nsubj");
        if (subject < 0 || subject > cue || s.token(subject).pos().startsWith("W")) {
            return List.of();
        }
        int subjectStart = s.subtreeRange(subject)[0];
        for (Dependency d : s.children(cue)) {
            if (d.dependent() < subjectStart || d.dependent() > cue && OWN_COMPLEMENTS.contains(d.baseRelation())) {
                return List.of(); // "which she said", "that he wants": a relative word or adverbial opens the clause
            }
            if (d.dependent() > cue && d.baseRelation().equals("obl")
                    && PrepositionalCue.verbTakes(s.token(cue).lemma(), ClauseAttributor.caseWord(s, d.dependent()))) {
                return List.of(); // "the reason voters have voted for Lee": the verb's own prepositional statement
            }
        }
        int noun = subjectStart - 1;
        if (noun < 0 || !isThing(s, noun) || Parse.governor(s, noun) == cue) {
            return List.of();
        }
        return List.of(new int[] {phraseStart(s, noun), noun});
    }

    private static boolean isThing(Sentence s, int token) {
        var t = s.token(token);
        return (t.pos().startsWith("NN") || THING_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
                && !TIME_TAGS.contains(t.ner());
    }

    /** The first token of the noun's premodifiers ("the blunt style"), a leading preposition left out. */
    private static int phraseStart(Sentence s, int noun) {
        int lo = noun;
        for (Dependency d : s.children(noun)) {
            if (d.dependent() < noun && PREMODIFIERS.contains(d.relation())) {
                lo = Math.min(lo, s.subtreeRange(d.dependent())[0]);
            }
        }
        return s.token(lo).pos().equals("IN") ? lo + 1 : lo;
    }
}
