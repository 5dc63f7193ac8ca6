package org.dateline.extract.quotes;

import java.util.List;
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
        return nameEnding(nlp.text(), before);
    }

    /**
     * {@code Sen. Ann Lee (R-Ore.) | on Monday criticized the levy, saying ...}: any cue, wherever it stands in a
     * sentence torn off the name before it, speaks for that name when nothing before it in its sentence is its
     * subject. The sentence must go on the one before (no line break between; it opens in lower case or with
     * punctuation), and that one must end in a name, not a day and not quoted words. Null otherwise.
     */
    static Name speakerBefore(AnnotatedText nlp, Sentence s, int cue, List<QuoteMarks.Quoted> quotes) {
        if (s.index() == 0 || !continuesSentence(s.token(0)) || hasSubjectBefore(s, cue)) {
            return null;
        }
        Sentence before = nlp.sentences().get(s.index() - 1);
        if (nlp.text().substring(before.end(), s.begin()).contains("\n")) {
            return null;
        }
        Name name = nameEnding(nlp.text(), before);
        if (name == null) {
            return null;
        }
        Token head = before.token(name.head());
        return CueSpeaker.isTimeWord(head) || ClauseAttributor.insideQuote(quotes, head) ? null : name;
    }

    /** A word in lower case, or a comma or parenthesis the splitter cut off ("on Monday said", ", facing ..., said"). */
    private static boolean continuesSentence(Token first) {
        String w = first.word();
        return Character.isLowerCase(w.charAt(0)) || w.equals(",") || isClosingParenthesis(first);
    }

    /** Whether the cue or a clause above it has a subject before the cue. */
    private static boolean hasSubjectBefore(Sentence s, int cue) {
        for (int v = cue, steps = 0; v >= 0 && steps < 8; v = Parse.governor(s, v), steps++) {
            int subject = Parse.child(s, v, "nsubj", "csubj", "expl");
            if (subject >= 0 && subject < cue) {
                return true;
            }
        }
        return false;
    }

    /** The name ending {@code before} (a party tag in parentheses after it allowed), with the clause before its comma. */
    private static Name nameEnding(String text, Sentence before) {
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
                && !QuoteMarks.isDoubleMark(text, before.token(comma - 1).begin());
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
