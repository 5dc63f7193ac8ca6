package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code Lee toured the state in hopes of winning it}, {@code ... in the hope that voters return}: the hope is the
 * stance of the clause's subject, held toward what follows "of" or "that". Only the in-phrase of a verb with a
 * subject and a hope no one else owns ("in her hopes" names its holder; left to the noun cues).
 */
final class HopePhrase {
    private HopePhrase() {
    }

    /** The statement of an in-hopes-of phrase, added to {@code out}; false when there is none. */
    static boolean noun(String text, Sentence s, Token noun, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int n = noun.index();
        if (!noun.lemma().toLowerCase(Locale.ROOT).equals("hope") || !noun.isNoun()
                || !"in".equalsIgnoreCase(ClauseAttributor.caseWord(s, n)) || Parse.hasChild(s, n, "nmod:poss")
                || n + 1 >= s.tokens().size()) {
            return false;
        }
        String next = s.token(n + 1).word().toLowerCase(Locale.ROOT);
        int verb = Parse.governor(s, n);
        int[] range = s.subtreeRange(n);
        if (!(next.equals("of") || next.equals("that")) || range[1] <= n + 1 || verb < 0
                || !s.token(verb).pos().startsWith("VB")) {
            return false;
        }
        int subject = CueSpeaker.speakerOf(s, verb, quotes);
        if (subject < 0 || s.token(subject).pos().startsWith("W")
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        int in = s.subtreeRange(n)[0];
        return ClauseAttributor.addStatement(text, s, n + 2, range[1],
                new int[] {s.token(in).begin(), s.token(n + 1).end()}, s, subject, out) != null;
    }
}
