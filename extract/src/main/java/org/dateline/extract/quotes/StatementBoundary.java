package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Where a statement's content ends because another statement of the same speaker begins: a participial cue
 * after a dash, after a quotation closed by a comma, or after "and"/"but" ("said the bill was sound - and
 * arguing that ...", "told the hosts, ''..., '' adding that ..."). The parser hangs such a participle inside
 * the first content; PolNeAR makes it a statement of its own.
 */
final class StatementBoundary {
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    private static final Set<String> JOINERS = Set.of("and", "but");

    private StatementBoundary() {
    }

    /**
     * The index of the first token of the words that open the participial cue at token {@code i} (the dash,
     * the comma before the closing mark, or the conjunction with its comma), or -1 when {@code i} is no such cue.
     */
    static int participleOpener(Sentence s, int i, int from) {
        Token t = s.token(i);
        boolean act = ParticipleOfAct.isAct(t.lemma()); // "- citing the polls": a dash sets off any act
        if (!t.pos().equals("VBG") || !CueLexicon.isSpeechVerb(t.lemma()) && !act) {
            return -1;
        }
        int before = i - 1;
        while (before > from && s.token(before).pos().equals("RB")) {
            before--; // "- essentially conceding"
        }
        if (before <= from) {
            return -1;
        }
        String w = s.token(before).word().toLowerCase(java.util.Locale.ROOT);
        if (DASHES.contains(w)) {
            return before;
        }
        if (QuoteMarks.isClosingToken(w) && s.token(before - 1).word().equals(",") && before - 1 > from && CueLexicon.isSpeechVerb(t.lemma())) {
            return before - 1;
        }
        if (JOINERS.contains(w) && CueLexicon.isSpeechVerb(t.lemma())) {
            int opener = before;
            while (opener - 1 > from && (s.token(opener - 1).word().equals(",") || DASHES.contains(s.token(opener - 1).word()))) {
                opener--;
            }
            return opener;
        }
        return -1;
    }

    /**
     * The nearest cue before {@code verb} whose subject stands before it: the statement a participle after a
     * dash or a closed quotation continues ("Lee told reporters that ..., '' adding ..."); -1 when none.
     */
    static int earlierCueWithSubject(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0; i--) {
            Token t = s.token(i);
            int subject = Parse.child(s, i, "nsubj");
            if (t.isVerb() && CueLexicon.isAnyCue(t.lemma()) && subject >= 0 && subject < i) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The conjunction ("and", "but") right before verb {@code i}, past adverbs and a "do" auxiliary ("and also
     * warn", "but did not buy", "and most recently defended"); -1 when there is none.
     */
    static int conjunctionBefore(Sentence s, int i) {
        int j = i - 1;
        while (j > 0 && (s.token(j).pos().equals("RB") || isDoAuxiliary(s, j, i))) {
            j--;
        }
        return j >= 0 && j < i && s.token(j).pos().equals("CC") ? j : -1;
    }

    /** A verb in a finite form: past or present tense, or a bare verb after "did"/"does"/"do". */
    static boolean isFinite(Sentence s, int i) {
        String form = finiteForm(s, i);
        return form.equals("VBD") || form.equals("VBZ") || form.equals("VBP");
    }

    /** The tag of the word that carries the verb's tense: its own, or its "do" auxiliary's ("did not buy": VBD). */
    static String finiteForm(Sentence s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (isDoAuxiliary(s, j, i)) {
                return s.token(j).pos();
            }
        }
        return MistaggedPast.isPastTense(s, i) ? "VBD" : s.token(i).pos();
    }

    private static boolean isDoAuxiliary(Sentence s, int j, int verb) {
        return s.token(j).lemma().equalsIgnoreCase("do") && Parse.relation(s, j).equals("aux") && Parse.governor(s, j) == verb;
    }

    /**
     * "Lee told her that it was not that simple, according to an account she gave to the Beacon": a trailing
     * "according to X" set off by a comma at the end of another statement's content is no part of what was said
     * but who reports the whole statement, cue and speaker included (PolNeAR keeps both).
     */
    static boolean closesWithItsSource(String text, Attribution outer, Attribution a) {
        if (!a.hasCue() || !a.hasSpeaker() || !outer.hasCue() || outer.cueEnd > a.cueBegin
                || a.cueBegin <= outer.contentBegin || a.cueEnd > outer.contentEnd
                || !text.regionMatches(true, a.cueBegin, "according to", 0, 12)) {
            return false;
        }
        int comma = beforeComma(text, outer.contentBegin, a.cueBegin);
        if (comma >= a.cueBegin || comma <= outer.contentBegin || text.charAt(comma) != ',') {
            return false;
        }
        for (int i = a.speakerEnd; i < outer.contentEnd; i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                return false; // the phrase is followed by more of the statement: "according to X, the plan ..."
            }
        }
        return true;
    }

    /** The offset of the comma before {@code at} past spaces (the new end of a content), or {@code at} when none. */
    static int beforeComma(String text, int from, int at) {
        int i = at;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > from && text.charAt(i - 1) == ',' ? i - 1 : at;
    }

    /** Where a whole statement starts, its speaker and cue included when they come first ("Lee told her that ..."). */
    static int statementBegin(Attribution a) {
        int begin = a.contentBegin;
        if (a.hasCue() && a.cueBegin < begin) {
            begin = a.cueBegin;
        }
        if (a.hasSpeaker() && a.speakerBegin < begin && a.speakerEnd <= a.cueBegin) {
            begin = a.speakerBegin;
        }
        return begin;
    }

    /**
     * A cue that closes what was said before it: {@code "...," Ida said} or {@code ..., said Ida}, the cue (or its
     * subject before it) set off by a comma or a closing mark from the words before.
     */
    static boolean isTrailingCue(Sentence s, int cue) {
        int subject = Parse.child(s, cue, "nsubj");
        int first = subject >= 0 && subject < cue ? s.subtreeRange(subject)[0] : cue;
        if (first == 0) {
            return false;
        }
        String w = s.token(first - 1).word();
        return w.equals(",") || QuoteMarks.isClosingToken(w);
    }

    /**
     * {@code "...," Lee said, adding that ...}, {@code "...," Lee told the group, adding ...}: the trailing cue
     * before the participle of saying at {@code verb} (past a comma and adverbs, its object or adverbial between),
     * whose speaker goes on speaking; -1 when there is none. The participle is a statement of its own, not the
     * rest of the quotation's.
     */
    static int trailingCueBefore(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBG") || !CueLexicon.isSpeechVerb(s.token(verb).lemma())) {
            return -1;
        }
        int j = verb - 1;
        while (j > 0 && s.token(j).pos().equals("RB")) {
            j--;
        }
        if (j <= 0 || !s.token(j).word().equals(",")) {
            return -1;
        }
        for (int cue = j - 1; cue > 0 && cue >= j - 8 && !Parse.isPunct(s.token(cue)); cue--) {
            Token t = s.token(cue);
            boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
            if (finite && CueLexicon.isSpeechVerb(t.lemma()) && isTrailingCue(s, cue) && s.subtreeRange(cue)[1] >= j - 1) {
                return cue; // "..., " he told the group, adding that": the words up to the comma are the cue's
            }
        }
        return -1;
    }
}
