package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The place that opens a wire story: "SALEM (Reuters) -", "ATLANTIC CITY —", "Washington (AFP) –". The parser
 * often takes it for the subject of the first sentence and hangs the real subject on it, so no token of it is
 * ever a speaker.
 */
final class WireDateline {
    private static final Set<String> DASHES = Set.of("--", "—", "–", "-", "―");
    private static final int MAX_PLACE = 4;
    private static final int MAX_AGENCY = 5;

    private WireDateline() {
    }

    /** Whether {@code token} lies in the dateline place that opens the sentence. */
    static boolean covers(Sentence s, int token) {
        if (token == 0 && isCapitalWord(s.token(0)) && isPlace(s.token(0)) && s.tokens().size() > 1) {
            return true; // "SALEM, Ore. -" or "WASHINGTON said": one all-capital place word opens the sentence
        }
        int end = placeEnd(s);
        return token < end && isDash(s, afterAgency(s, end));
    }

    /**
     * The index after the run of place words that opens the sentence: tagged LOCATION, or in capitals with one of
     * them so tagged ("ATLANTIC CITY", "Washington"; not "NATO —", an organization set off by a dash).
     */
    private static int placeEnd(Sentence s) {
        int i = 0;
        boolean place = false;
        while (i < s.tokens().size() && i < MAX_PLACE && (isCapitalWord(s.token(i)) || isPlace(s.token(i)))) {
            place |= isPlace(s.token(i));
            i++;
        }
        return place ? i : 0;
    }

    private static boolean isPlace(Token t) {
        return "LOCATION".equals(t.ner());
    }

    /** Past an agency in parentheses after the place ("(AFP)", "(Reuters)"), if there is one. */
    private static int afterAgency(Sentence s, int i) {
        if (i >= s.tokens().size() || !isOpening(s.token(i).word())) {
            return i;
        }
        for (int j = i + 1; j < s.tokens().size() && j <= i + MAX_AGENCY; j++) {
            if (isClosing(s.token(j).word())) {
                return j + 1;
            }
        }
        return i;
    }

    private static boolean isDash(Sentence s, int i) {
        return i > 0 && i < s.tokens().size() && DASHES.contains(s.token(i).word());
    }

    private static boolean isCapitalWord(Token t) {
        String w = t.word();
        return w.length() > 1 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }
}
