package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.Parse.lower;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "..., Cruz praised Pence", "Suu Kyi, 70, said", "Sen. Ann Lee (R-Ga.) on Wednesday downplayed": the parser often
 * hangs the subject of a finite cue on the words before it (as an apposition of the last noun, a dependent of a
 * dateline) and leaves the cue without one. The noun phrase right before the cue is then its subject: walking left
 * past adverbs and auxiliaries, a day ("on Wednesday"), a parenthesis ("(R-Ga.)") and comma- or dash-set asides
 * (", 70,", ", a former governor,", " -- including Lee --").
 */
final class SubjectBeforeCue {
    private static final int MAX_ASIDE = 25;
    private static final int MAX_ASIDES = 2;
    private static final Set<String> DASHES = Set.of("--", "—", "–", "-");
    private static final Set<String> NO_SUBJECTS = Set.of("it", "there", "this", "that", "what");

    private SubjectBeforeCue() {
    }

    /**
     * The head of the subject the parse did not give {@code verb}, or -1: only for a finite verb (or "has" with a
     * participle) that heads its sentence or hangs loosely on it (root, dep, parataxis) and has no subject.
     */
    static int find(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        if (!isFiniteOrPerfect(s, verb) || Parse.child(s, verb, "nsubj", "csubj", "expl") >= 0 || !loose(s, verb)) {
            return -1;
        }
        return nounBefore(s, verb, quotes);
    }

    /**
     * The noun phrase head right before {@code verb} past adverbs, auxiliaries, days, parentheses and asides; -1
     * when the words before the verb end otherwise (a quotation, a clause, a preposition's object).
     */
    static int nounBefore(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        int i = verb - 1;
        int asides = 0;
        while (i >= 0) {
            Token t = s.token(i);
            String w = t.word();
            if (t.pos().startsWith("RB") || t.pos().equals("MD") || Parse.relation(s, i).startsWith("aux")
                    && !t.pos().startsWith("NN")) {
                i--;
            } else if (CueSpeaker.isTimeWord(t)
                    || (t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("JJ"))
                    && i + 1 < verb && CueSpeaker.isTimeWord(s.token(i + 1))) {
                i--; // "on Wednesday", "last week"
            } else if (w.equals(")") || w.equals("-RRB-")) {
                i = opening(s, i);
            } else if ((w.equals(",") || DASHES.contains(w)) && asides < MAX_ASIDES) {
                i = asideStart(s, i, w);
                asides++;
            } else {
                break;
            }
        }
        if (i < 0) {
            return -1;
        }
        Token t = s.token(i);
        boolean noun = t.isNoun() || t.pos().equals("PRP") && !NO_SUBJECTS.contains(lower(t.word()));
        if (!noun || CueSpeaker.isTimeWord(t) || ClauseAttributor.insideQuote(quotes, t)
                || Parse.hasChild(s, i, "case")
                || isDateline(s, i) || Parse.governor(s, i) == verb && Parse.relation(s, i).startsWith("obl")) {
            return -1;
        }
        return i;
    }

    /**
     * "Trump, who campaigned in the state this week, tweeted ...": when the subject the parse gives a finite cue lies in
     * a comma-set relative clause right before it, the noun before that clause is the speaker; else {@code subject}.
     */
    static int outsideAside(Sentence s, int subject, int verb, List<QuoteMarks.Quoted> quotes) {
        if (subject < 0 || subject > verb || !isFiniteOrPerfect(s, verb)) {
            return subject;
        }
        int noun = nounBefore(s, verb, quotes);
        if (noun < 0 || noun >= subject || !s.token(noun).isProperNoun() && !s.token(noun).isNoun()) {
            return subject;
        }
        boolean comma = false;
        for (int i = noun + 1; i < subject; i++) {
            comma |= s.token(i).word().equals(",") || DASHES.contains(s.token(i).word());
            if (comma && s.token(i + 1).pos().startsWith("W")) {
                return noun; // the aside is a relative clause: "Lee, who ...", "Lee, whose appeal ..."
            }
        }
        return subject;
    }

    /** The token before the "(" that opens the parenthesis closed at {@code close}, or -1. */
    private static int opening(Sentence s, int close) {
        for (int i = close - 1; i >= 0 && close - i <= MAX_ASIDE; i--) {
            String w = s.token(i).word();
            if (w.equals("(") || w.equals("-LRB-")) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * ", 70," or "-- including Lee --": the token before the separator that opens the aside closed by the
     * separator at {@code close}, or -1 when none opens it nearby.
     */
    private static int asideStart(Sentence s, int close, String separator) {
        boolean dash = DASHES.contains(separator);
        for (int i = close - 1; i > 0 && close - i <= MAX_ASIDE; i--) {
            String w = s.token(i).word();
            if (dash ? DASHES.contains(w) : w.equals(",")) {
                return i - 1;
            }
            if (isOpeningMarkOrQuote(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isOpeningMarkOrQuote(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”");
    }

    /**
     * A tensed verb, a perfect participle with its "have" ("has said") or a progressive with its tensed "be" ("are
     * decrying"); unlike {@link StatementBoundary#isFinite}, a bare verb after "did" does not count.
     */
    static boolean isFiniteOrPerfect(Sentence s, int verb) {
        String pos = s.token(verb).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        int aux = Parse.child(s, verb, "aux");
        if (aux < 0 || aux > verb) {
            return false;
        }
        String auxLemma = lower(s.token(aux).lemma());
        String auxPos = s.token(aux).pos();
        boolean tensedBe = auxLemma.equals("be") && (auxPos.equals("VBD") || auxPos.equals("VBZ") || auxPos.equals("VBP"));
        return pos.equals("VBN") && auxLemma.equals("have") || pos.equals("VBG") && tensedBe;
    }

    private static boolean loose(Sentence s, int verb) {
        String r = Parse.relation(s, verb);
        return r.equals("root") || r.equals("dep") || r.equals("parataxis");
    }

    /** The place name that opens a wire story ("SALEM (Reuters) -", "WASHINGTON --", "ATLANTIC CITY —"). */
    private static boolean isDateline(Sentence s, int token) {
        Token t = s.token(token);
        return token == 0 && t.word().length() > 1 && t.word().equals(t.word().toUpperCase(Locale.ROOT))
                || WireDateline.covers(s, token);
    }
}
