package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * How someone is about something tells their stance on it, whatever the adjective: {@code Lee was coy about her
 * plans}, {@code aides were upbeat about the talks}, {@code the agency has been vague about the rules}. PolNeAR
 * marks these as the subject's statements with the about-phrase as content; {@link AdjectiveCue} knows the
 * adjectives that take other prepositions or a clause, this takes any copular adjective with "about".
 */
final class AboutStance {
    private AboutStance() {
    }

    /** The statement of "SUBJECT is ADJECTIVE about X", added to {@code out}; false when there is none. */
    static boolean adjective(String text, Sentence s, Token adjective, List<QuoteMarks.Quoted> quotes,
                             List<Attribution> out) {
        int a = adjective.index();
        if (!adjective.pos().startsWith("JJ") || !Parse.hasChild(s, a, "cop")) {
            return false; // "was asked about" is a passive of asking, not a stance
        }
        int subject = Parse.child(s, a, "nsubj");
        if (subject < 0 || subject > a || s.token(subject).pos().startsWith("W")
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        for (Dependency d : s.children(a)) {
            int phrase = d.dependent();
            boolean linked = d.baseRelation().equals("obl") || d.baseRelation().equals("advcl");
            if (phrase > a && linked && introducedByAbout(s, phrase)) {
                int[] range = s.subtreeRange(phrase);
                int lo = range[0];
                if (lo < phrase && s.token(lo).word().toLowerCase(Locale.ROOT).equals("about")) {
                    lo++; // "about" belongs to the cue, "whether" to what was (not) told
                }
                return ClauseAttributor.addStatement(text, s, lo, StatementEnd.beforeParticipialCue(s, range)[1],
                        new int[] {adjective.begin(), adjective.end()}, s, subject, out) != null;
            }
        }
        return false;
    }

    private static boolean introducedByAbout(Sentence s, int phrase) {
        int marker = Parse.child(s, phrase, "case", "mark");
        return marker >= 0 && marker < phrase && s.token(marker).word().toLowerCase(Locale.ROOT).equals("about");
    }
}
