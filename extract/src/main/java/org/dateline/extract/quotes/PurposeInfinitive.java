package org.dateline.extract.quotes;

import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * An infinitive the parse hangs on a noun that names no one says what the noun is for ("a good place to offer
 * support", "no reason to presume that ...", "a possible attempt to attack the parade", "under pressure to
 * pledge ..."): the finders took that noun for the speaker, but nobody says anything there. A noun for people
 * keeps its infinitive ("the first senator to endorse Lee" is her act), as do a pronoun and a possessed noun
 * ("Lee's failure to denounce the group": the possessor speaks).
 */
final class PurposeInfinitive {
    private PurposeInfinitive() {
    }

    static boolean isCue(Sentence s, int cueBegin, int speakerHead) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue < 0 || speakerHead < 0 || !s.token(cue).pos().equals("VB") || !Parse.relation(s, cue).equals("acl")
                || Parse.governor(s, cue) != speakerHead) {
            return false;
        }
        Token noun = s.token(speakerHead);
        return noun.pos().startsWith("NN") && !SpeakerResolver.namesSomeone(noun) && !Parse.isPronoun(noun)
                && !Parse.hasChild(s, speakerHead, "nmod:poss");
    }
}
