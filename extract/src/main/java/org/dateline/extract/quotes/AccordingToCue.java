package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.ClauseAttributor.addStatement;
import static org.dateline.extract.quotes.CueContent.around;
import static org.dateline.extract.quotes.CueContent.hasWord;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code According to X, CLAUSE} and {@code CLAUSE, according to X}: X is the speaker (with all the words that
 * name who stands behind a document), the rest of its clause the content. A cue of its own shape, not a verb, so
 * it keeps its own class beside {@link ClauseAttributor}, which calls it for every "according to".
 */
final class AccordingToCue {
    private AccordingToCue() {
    }

    static boolean isAccordingTo(Sentence s, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < s.tokens().size()
                && s.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    /** "According to X, CLAUSE" and "CLAUSE, according to X": X is speaker, the rest of its clause the content. */
    static void accordingTo(String text, Sentence s, Token according, List<Attribution> out) {
        int source = Parse.governor(s, according.index());
        if (source < 0 || source <= according.index()) {
            return;
        }
        int pred = Parse.governor(s, source);
        int copular = CopularAccordingTo.subject(s, according.index(), source); // "That's according to the count"
        if (copular < 0 && (pred < 0 || !reportsAClause(s, pred, source))) {
            accordingToOnTheSurface(text, s, according, source, out);
            return;
        }
        for (int[] part : copular >= 0 ? List.of(s.subtreeRange(copular)) : around(s, pred, source)) {
            int lo = part[0];
            int hi = part[1];
            if (hi == according.index() - 1 || lo <= according.index() && according.index() <= hi) {
                hi = Math.min(hi, according.index() - 1);
            }
            if (hi < lo || !hasWord(s, lo, hi)) {
                continue;
            }
            Attribution a = addStatement(text, s, lo, hi, new int[] {according.begin(), s.token(according.index() + 1).end()},
                    s, source, out);
            if (a == null) {
                continue;
            }
            int[] phrase = Parse.nounPhrase(s, source);
            if (according.index() + 2 < s.tokens().size()) {
                phrase[0] = Math.max(phrase[0], s.token(according.index() + 2).begin()); // without "according to"
            }
            a.speaker(s, source, wholeSource(s, source, according.index() + 2, phrase));
            a.channels.add(phrase);
        }
    }

    /** The governor of "according to X" has a clause of its own around X: not a noun or a lone word. */
    private static boolean reportsAClause(Sentence s, int pred, int source) {
        return s.token(pred).isVerb() || Parse.hasChild(s, pred, "nsubj") || Parse.hasChild(s, pred, "cop");
    }

    /**
     * "CLAUSE, according to X." and "According to X, CLAUSE.", read off the word order when the parser hung the
     * phrase on a noun or left it no governor: the words before the comma (or after the comma that ends X).
     */
    private static void accordingToOnTheSurface(String text, Sentence s, Token according, int source,
                                                List<Attribution> out) {
        int a = according.index();
        int n = s.tokens().size();
        int lo;
        int hi;
        int sourceEnd;
        if (a > 1 && s.token(a - 1).word().equals(",")) {
            lo = 0;
            hi = a - 2;
            sourceEnd = n - 1;
        } else if (a == 0 || a == 1 && Parse.isPunct(s.token(0))) {
            int comma = a + 2;
            while (comma < n && !s.token(comma).word().equals(",")) {
                comma++;
            }
            if (comma >= n - 1) {
                return;
            }
            lo = comma + 1;
            hi = n - 1;
            sourceEnd = comma - 1;
        } else {
            return;
        }
        boolean clause = false;
        for (int i = lo; i <= hi; i++) {
            clause |= s.token(i).isVerb();
        }
        if (!clause || source > sourceEnd) {
            return;
        }
        Attribution st = addStatement(text, s, lo, hi, new int[] {according.begin(), s.token(a + 1).end()}, s, source, out);
        if (st != null) {
            int[] phrase = Parse.nounPhrase(s, source);
            phrase[0] = Math.max(phrase[0], s.token(Math.min(a + 2, n - 1)).begin());
            st.speaker(s, source, wholeSource(s, source, a + 2, phrase));
            st.channels.add(phrase);
        }
    }

    /**
     * The source of "according to" with all its words, {@code a recent report from Bloomberg New Energy Finance},
     * {@code an interview with his brother}: who stands behind a document is named in its modifiers. From
     * token {@code first} on; {@code phrase} when the subtree adds nothing.
     */
    private static int[] wholeSource(Sentence s, int source, int first, int[] phrase) {
        int[] r = s.subtreeRange(source);
        int lo = Math.max(r[0], first);
        int hi = r[1];
        while (hi > source && Parse.isPunct(s.token(hi))) {
            hi--;
        }
        return lo > source ? phrase : new int[] {Math.min(phrase[0], s.token(lo).begin()), Math.max(phrase[1], s.token(hi).end())};
    }
}
