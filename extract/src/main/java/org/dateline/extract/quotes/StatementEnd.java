package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.CueContent.MOSTLY_NOT_SAYING;
import static org.dateline.extract.quotes.CueSpeaker.isCoordinatedCue;
import static org.dateline.extract.quotes.CueSpeaker.sharedSubject;
import static org.dateline.extract.quotes.Parse.lower;

import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Where a statement's content ends when the parse hangs the next cue inside it ({@code said he saw no need to
 * change, telling reporters ...}, {@code said the vote was fair and Democrats accused her ...}): before that cue,
 * which starts a statement of its own. Used by the content rules of {@link CueContent} and by many rule classes.
 */
final class StatementEnd {
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "though", "although", "while", "whereas");

    private StatementEnd() {
    }

    /**
     * "said he saw no need to change, telling Stephanopoulos that ...", "said she was tired and predicted
     * that ...": a participial cue, or a cue coordinated by "and"/"but" that shares the subject of an
     * earlier cue, that the parser hung inside the clause starts a statement of its own, so the clause
     * ends before it.
     */
    static int[] beforeParticipialCue(Sentence s, int[] range) {
        for (int i = range[0] + 3; i <= range[1]; i++) {
            Token t = s.token(i);
            if (t.pos().equals("VBG") && s.token(i - 1).word().equals(",") && (CueLexicon.isSpeechVerb(t.lemma())
                    || ParticipleOfAct.startsStatement(s, i))) {
                return new int[] {range[0], i - 2};
            }
            if (ParticipleOfAct.afterClosedQuotation(s, i) && i - 3 >= range[0]) {
                return new int[] {range[0], i - 1}; // "called it a "win," citing ...": the quotation stays whole
            }
            int opener = StatementBoundary.participleOpener(s, i, range[0]);
            if (opener >= 0) {
                return new int[] {range[0], withoutTrailingCommas(s, range[0], opener - 1)};
            }
            int joined = joinedCueClause(s, i, range[0]);
            if (joined >= 0 && !opensTheContent(s, range[0], joined)) {
                return new int[] {range[0], withoutTrailingCommas(s, range[0], joined - 1)};
            }
            if (isCoordinatedCue(s, i) && sharedSubject(s, i) >= 0 || CoordinatedActCue.earlierCue(s, i, range[0]) >= 0) {
                int end = StatementBoundary.conjunctionBefore(s, i) - 1;
                while (end > range[0] && s.token(end).word().equals(",")) {
                    end--;
                }
                return new int[] {range[0], end};
            }
        }
        return range;
    }

    /**
     * "Lee said that while she opposed the plan, she would vote for it": a joiner with nothing before it but the
     * "that" of the content opens a fronted clause of the statement; ending the statement there would leave none.
     */
    private static boolean opensTheContent(Sentence s, int from, int joiner) {
        for (int i = from; i < joiner; i++) {
            Token t = s.token(i);
            if (!Parse.isPunct(t) && !(t.word().equalsIgnoreCase("that") && Parse.relation(s, i).equals("mark"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Lee said the vote was fair and Democrats accused her of ...", "... though she noted clients want ...":
     * a cue with a subject of its own after a conjunction, a cue of a relative clause after a comma
     * ("praised Graham, who has vowed ..."), or a cue with its subject and its complement after a comma
     * ("... in Central Asia, he says there is only one winner"), starts another speaker's (or another) statement.
     * The conjunction's index, or -1 when token {@code i} is no such cue.
     */
    private static int joinedCueClause(Sentence s, int i, int from) {
        Token t = s.token(i);
        String pos = t.pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN")) || !isCueOfStatement(t.lemma())
                || MOSTLY_NOT_SAYING.contains(lower(t.lemma()))) {
            return -1;
        }
        int subject = Parse.child(s, i, "nsubj");
        if (subject < 0 || subject > i) {
            return -1;
        }
        int joiner = s.subtreeRange(subject)[0] - 1;
        if (joiner > from && isRelativeSubject(s, subject) && s.token(joiner).word().equals(",")) {
            return joiner; // "praised Franklin Graham, who has vowed not to ...": the relative clause is Graham's
        }
        if (joiner > from && s.token(joiner).word().equals(",") && saysAfter(s, i)) {
            return joiner; // "..., he says there is only one winner": a statement of its own after a comma
        }
        return joiner > from && CLAUSE_JOINERS.contains(lower(s.token(joiner).word())) ? joiner : -1;
    }

    /** The cue's clausal complement (or object, or infinitive) comes after it. */
    private static boolean saysAfter(Sentence s, int cue) {
        int complement = Parse.child(s, cue, "ccomp", "xcomp", "obj");
        return complement > cue;
    }

    /** A cue that takes what was said as its complement; not a bare one like "put" ("while you can, put it in"). */
    private static boolean isCueOfStatement(String lemma) {
        return CueLexicon.takesClause(lemma) || CueLexicon.takesInfinitive(lemma) || CueLexicon.takesObject(lemma);
    }

    private static boolean isRelativeSubject(Sentence s, int subject) {
        String w = lower(s.token(subject).word());
        return (w.equals("who") || w.equals("which")) && Parse.relation(s, Parse.governor(s, subject)).equals("acl:relcl");
    }

    private static int withoutTrailingCommas(Sentence s, int from, int end) {
        while (end > from && s.token(end).word().equals(",")) {
            end--;
        }
        return end;
    }
}
