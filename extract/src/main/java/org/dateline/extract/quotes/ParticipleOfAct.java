package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "The senators argue that there is precedent, citing a case in which ...", "Ida hopes the plan works, pointing to
 * the sale of ...": a participle of a cue other than a verb of saying, set off by a comma and taking its own
 * complement, starts a statement of the same speaker (PolNeAR splits them), so the content before it ends at the
 * comma. Verbs of saying ("saying", "adding") are ended on in {@link StatementEnd#beforeParticipialCue}.
 */
final class ParticipleOfAct {
    private ParticipleOfAct() {
    }

    /** "..., assuming no loss of output", "..., considering the cost", "..., knowing that": a condition, not an act. */
    private static final Set<String> CONDITIONS = Set.of("assume", "presume", "consider", "know", "see", "expect",
            "understand", "recognize", "realize", "imagine", "remember");

    /** "called it a \"huge win,\" citing the polls": the comma inside the closing mark sets the participle off. */
    static boolean afterClosedQuotation(Sentence s, int i) {
        if (i < 2 || !QuoteMarks.isClosingToken(s.token(i - 1).word()) || !s.token(i - 2).word().equals(",")) {
            return false;
        }
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        return s.token(i).pos().equals("VBG") && CueLexicon.isAnyCue(lemma) && !CueLexicon.isSpeechVerb(lemma)
                && !CONDITIONS.contains(lemma) && Parse.child(s, i, "ccomp", "obj", "xcomp", "obl") > i;
    }


    /** A cue's lemma that, as a participle set off from a content, starts a statement: not a condition. */
    static boolean isAct(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return CueLexicon.isAnyCue(l) && !CONDITIONS.contains(l);
    }

    static boolean startsStatement(Sentence s, int i) {
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        return s.token(i).pos().equals("VBG") && i > 0 && s.token(i - 1).word().equals(",")
                && CueLexicon.isAnyCue(lemma) && !CONDITIONS.contains(lemma)
                && Parse.child(s, i, "ccomp", "obj", "xcomp", "obl") > i;
    }
}
