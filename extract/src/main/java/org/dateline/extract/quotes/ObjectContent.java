package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.ClauseAttributor.caseWord;
import static org.dateline.extract.quotes.Parse.lower;
import static org.dateline.extract.quotes.StatementEnd.beforeParticipialCue;

import java.util.List;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The content of a cue whose object is what was said ({@code cited a new poll}, {@code called for a recount},
 * {@code sees Cruz as a uniter}, {@code likened the plan to a tax}): the object with the phrases that complete
 * it. Apart from {@link CueContent} because the object needs its own checks (an "as" for views, "say" only of
 * a thing) that clausal content never does.
 */
final class ObjectContent {
    private ObjectContent() {
    }

    /** "cited a new poll", "called for a recount": the object (or the for-phrase of call) is the statement. */
    static List<int[]> objectContent(Sentence s, Token cue) {
        if (!CueLexicon.takesObject(cue.lemma()) || !EvidenceCue.findsSomethingSaid(s, cue.index())) {
            return List.of();
        }
        int c = cue.index();
        for (Dependency d : s.children(c)) {
            String prep = lower(caseWord(s, d.dependent()));
            int mark = Parse.child(s, d.dependent(), "mark");
            if (d.baseRelation().equals("advcl") && mark >= 0) {
                prep = lower(s.token(mark).word()); // "blasted the panel for failing to ...", parsed as a marked clause
            }
            // "for failing to ..." parsed as a marked clause, or as a clause with "for" as its case ("for wearing")
            boolean reason = d.baseRelation().equals("obl") || d.baseRelation().equals("advcl") && !prep.isEmpty();
            if (reason && d.dependent() > c && CueLexicon.takesReason(cue.lemma(), prep)) {
                int[] r = s.subtreeRange(d.dependent());
                // "thanked Obama for taking these steps"; "accused X of lying and asserted that ..." ends at "and"
                return List.of(beforeParticipialCue(s, new int[] {r[0] + 1, r[1]}));
            }
        }
        for (Dependency d : s.children(c)) {
            boolean object = d.baseRelation().equals("obj") && d.dependent() > c;
            boolean callFor = d.baseRelation().equals("obl") && d.dependent() > c
                    && "for".equalsIgnoreCase(caseWord(s, d.dependent()));
            if (object || callFor) {
                int[] r = s.subtreeRange(d.dependent());
                if (object && lower(cue.lemma()).equals("say") && !saysAThing(s, c, d.dependent())) {
                    return List.of();
                }
                int xcomp = Parse.child(s, c, "xcomp");
                if (xcomp > r[1]) {
                    r = new int[] {r[0], s.subtreeRange(xcomp)[1]};
                }
                int as = asPhrase(s, c);
                int judgement = CueLexicon.needsAs(cue.lemma()) ? judgingAdverb(s, c) : -1;
                if (as < 0 && judgement < 0 && CueLexicon.needsAs(cue.lemma()) && !asWithin(s, c, r[1] + 1)) {
                    return List.of(); // "U.S. forces have seen an uptick in attacks": seeing, not a view
                }
                if (judgement > r[1]) {
                    r = new int[] {r[0], judgement}; // "view him favorably"
                }
                if (as > r[1]) { // "sees Cruz as a uniter", "cited the tax as a major reason it ...": what it was taken for
                    r = new int[] {r[0], s.subtreeRange(as)[1]};
                }
                r = ObjectTopic.throughAs(s, c, ObjectTopic.through(s, c, r)); // "offered praise for the teachers"
                int second = pairedTerm(s, c);
                if (second > r[1]) {
                    r = new int[] {r[0], s.subtreeRange(second)[1]}; // "likened the plan to a tax"
                }
                return List.of(beforeParticipialCue(s, r)); // "attacked Trump, saying ...": two statements
            }
        }
        return List.of();
    }

    /**
     * "She has said little about the plan", "Trump says racist things": the object of "say" is what was said only
     * when the verb has its subject before it and is not inverted ("..., said Ann Lee": the speaker), the object
     * names no one, and no verb follows it ("said the plan would fail": a clause whose subject the parser took
     * for the object).
     */
    private static boolean saysAThing(Sentence s, int cue, int object) {
        int subject = Parse.child(s, cue, "nsubj");
        return subject >= 0 && subject < cue && cue > 0 && !Parse.isPunct(s.token(cue - 1))
                && !s.token(object).isProperNoun() && !verbAfter(s, s.subtreeRange(object)[1]);
    }

    /** A verb (or modal) after token {@code from} before the next comma, semicolon, colon or sentence end. */
    private static boolean verbAfter(Sentence s, int from) {
        for (int i = from + 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            String w = t.word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                return false;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** An "as" among the tokens after the cue up to {@code end} (inclusive), wherever the parser hung it. */
    private static boolean asWithin(Sentence s, int cue, int end) {
        for (int i = cue + 1; i <= end && i < s.tokens().size(); i++) {
            if (s.token(i).word().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }

    /** "views him favorably": an adverb of judgement on a view verb, or -1. */
    private static int judgingAdverb(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("advmod") && CueLexicon.isJudgement(s.token(d.dependent()).word())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The second term of a pairing cue ("compared X to Y": Y), or -1. */
    private static int pairedTerm(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("obl") && CueLexicon.pairs(s.token(cue).lemma(), caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The cue's oblique introduced by "as" ("see him as a leader"), or -1. */
    private static int asPhrase(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("obl") && "as".equalsIgnoreCase(caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        return -1;
    }
}
