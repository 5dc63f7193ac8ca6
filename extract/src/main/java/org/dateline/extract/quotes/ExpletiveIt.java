package org.dateline.extract.quotes;

import java.util.Locale;
import org.dateline.nlp.Sentence;

/**
 * An infinitive after "it is hard (fair, safe, too soon) to" or "it remains to be" has no one behind it: the
 * "it" the finders took for the speaker only holds the place of the infinitive ("it's hard to see how they
 * win", "it's safe to assume ...", "it remains to be seen whether ..."); PolNeAR gives such clauses no
 * source or none at all. An "it" that does things ("It [the paper] went on to say ...") is the subject of a
 * verb, not of an adjective, and stays.
 */
final class ExpletiveIt {
    private ExpletiveIt() {
    }

    static boolean isCue(Sentence s, int cueBegin, int speakerHead) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue < 0 || speakerHead < 0 || !s.token(speakerHead).word().equalsIgnoreCase("it")
                || !Parse.relation(s, cue).equals("xcomp")) {
            return false;
        }
        int predicate = Parse.governor(s, cue);
        if (predicate < 0 || Parse.governor(s, speakerHead) != predicate) {
            return false;
        }
        String tag = s.token(predicate).pos();
        return !tag.startsWith("VB") || s.token(predicate).lemma().toLowerCase(Locale.ROOT).equals("remain");
    }
}
