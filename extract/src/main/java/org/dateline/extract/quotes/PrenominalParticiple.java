package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * A past participle between a number, determiner or possessor and a plural noun describes that noun ("the
 * state's 20 pledged delegates", "more pledged delegates"): the tagger takes it for a finite verb with the
 * number as its subject, but nobody says anything there (PolNeAR train: 8 such statements, none right).
 */
final class PrenominalParticiple {
    /** Tags of words that open a noun phrase the participle sits inside. */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("CD", "DT", "POS", "PRP$", "JJR");

    private PrenominalParticiple() {
    }

    static boolean isCue(Sentence s, int cueBegin) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue <= 0 || cue + 1 >= s.tokens().size()) {
            return false;
        }
        Token participle = s.token(cue);
        return (participle.pos().equals("VBD") || participle.pos().equals("VBN"))
                && opensNounPhrase(s, cue - 1) && s.token(cue + 1).pos().equals("NNS");
    }

    /** A possessive 's after a pronoun is a contracted "has" ("he's heralded plans"), not a possessor. */
    private static boolean opensNounPhrase(Sentence s, int before) {
        String tag = s.token(before).pos();
        return NOUN_PHRASE_OPENERS.contains(tag) && !(tag.equals("POS") && before > 0 && Parse.isPronoun(s.token(before - 1)));
    }
}
