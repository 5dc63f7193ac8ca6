package org.dateline.extract.quotes;

import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The sentence splitter breaks after the period of a party-and-state tag ({@code Rep. Ann Lee (D-Mass.)})
 * or of an abbreviation, leaving {@code said the law does not require it.} as a sentence of its own whose
 * parse has no subject. A speech verb that opens a sentence in lower case continues the sentence before:
 * the name ending that sentence is its speaker, and when nothing is said after the verb ({@code told CNN
 * on Thursday.}) the clause before the name's comma is the statement.
 */
final class TornSentence {
    /** The speaker's head in the sentence before, and that sentence's clause before the name, if any. */
    record Name(Sentence sentence, int head, int clauseLo, int clauseHi) {
        boolean hasClause() {
            return clauseLo >= 0;
        }
    }

    private TornSentence() {
    }

    /** The name the torn-off cue belongs to, or null when {@code cue} does not open a torn sentence. */
    static Name nameBefore(AnnotatedText nlp, Sentence s, Token cue) {
        String pos = cue.pos();
        if (cue.index() != 0 || s.index() == 0 || !Character.isLowerCase(cue.word().charAt(0))
                || !CueLexicon.isSpeechVerb(cue.lemma()) || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
            return null;
        }
        Sentence before = nlp.sentences().get(s.index() - 1);
        if (nlp.text().substring(before.end(), s.begin()).contains("\n")) {
            return null; // a new line or paragraph, not a split inside one sentence
        }
        int i = before.tokens().size() - 1;
        while (i >= 0 && Parse.isPunct(before.token(i)) && !isClosingParenthesis(before.token(i))) {
            i--;
        }
        if (i >= 0 && isClosingParenthesis(before.token(i))) {
            while (i >= 0 && !isOpeningParenthesis(before.token(i))) {
                i--;
            }
            i--; // "(D-Mass.)" after the name
        }
        if (i < 0 || !before.token(i).isProperNoun()) {
            return null;
        }
        int head = i;
        while (i > 0 && before.token(i - 1).isProperNoun()) {
            i--;
        }
        int comma = i - 1;
        boolean clauseBefore = comma >= 3 && before.token(comma).word().equals(",") && hasVerb(before, 0, comma - 1)
                && !QuoteMarks.isDoubleMark(nlp.text(), before.token(comma - 1).begin());
        return clauseBefore ? new Name(before, head, 0, comma - 1) : new Name(before, head, -1, -1);
    }

    /** Whether words after the cue say something: a verb among them ("said the law does not ..."). */
    static boolean saysSomethingAfter(Sentence s, int cue) {
        return hasVerb(s, cue + 1, s.tokens().size() - 1);
    }

    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.token(i).isVerb() || s.token(i).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingParenthesis(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }

    private static boolean isOpeningParenthesis(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }
}
