package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * A cue set between commas inside the clause it reports, read off the word order when the parse gave the
 * cue no complement: {@code The trouble, Frank writes, began in the 1970s.}, {@code Such efforts, they
 * believe, will fail.} The statement is the clause around the parenthesis: the words before the first
 * comma and the words after the second, from the sentence's start to its end.
 */
final class ParentheticalCue {
    /** The clause's parts before and after the parenthesis, and the head of the speaker inside it. */
    record Match(List<int[]> parts, int speakerHead) {
    }

    /** Most words of the speaker between the first comma and the cue ("some people in the campaign"). */
    private static final int SPEAKER_WORDS = 6;
    /** Most words between the cue and the second comma ("writes in his new book", "said Tuesday"). */
    private static final int TAIL = 4;

    private ParentheticalCue() {
    }

    /** The parenthetical cue's statement and speaker, or null. */
    static Match match(Sentence s, Token cue) {
        List<int[]> parts = content(s, cue);
        if (parts.isEmpty()) {
            return null;
        }
        int head = -1;
        for (int i = parts.get(0)[1] + 2; i < cue.index(); i++) {
            Token t = s.token(i);
            if (t.isNoun() || t.pos().equals("PRP")) {
                head = i;
            } else if (t.pos().equals("POS")) {
                head = -1; // "the union's lawyer": the possessor is not the head
            } else if (head >= 0) {
                break; // "some people in the campaign": the first noun run
            }
        }
        return head < 0 ? null : new Match(parts, head);
    }

    /** The two parts of the clause around the parenthetical cue, or nothing. */
    private static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        String pos = cue.pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
                || !(CueLexicon.takesClause(cue.lemma()) || CueLexicon.isSpeechVerb(cue.lemma()))) {
            return List.of();
        }
        int open = -1;
        for (int i = c - 1; i >= 0 && c - i <= SPEAKER_WORDS + 1; i--) {
            Token t = s.token(i);
            if (t.word().equals(",")) {
                open = i;
                break;
            }
            if (Parse.isPunct(t) || t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W")) {
                return List.of(); // "..., who said": a relative clause, not a parenthesis
            }
        }
        int close = -1;
        for (int i = c + 1; i < s.tokens().size() && i - c <= TAIL + 1; i++) {
            Token t = s.token(i);
            if (t.word().equals(",")) {
                close = i;
                break;
            }
            if (Parse.isPunct(t) || t.isVerb() || t.pos().equals("MD")) {
                return List.of();
            }
        }
        if (open < 1 || close < 0 || open == c - 1) {
            return List.of();
        }
        int first = 0;
        while (first < open && Parse.isPunct(s.token(first))) {
            first++;
        }
        int last = s.tokens().size() - 1;
        while (last > close && Parse.isPunct(s.token(last))) {
            last--;
        }
        if (first >= open || last <= close || !hasVerb(s, close + 1, last)) {
            return List.of(); // the clause goes on after the parenthesis: "The trouble, Frank writes, began ..."
        }
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {first, open - 1});
        parts.add(new int[] {close + 1, last});
        return parts;
    }

    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.token(i).isVerb() || s.token(i).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
