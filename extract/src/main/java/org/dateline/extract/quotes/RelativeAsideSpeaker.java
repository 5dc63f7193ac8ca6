package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "Lee, who spoke at the rally, said ...", "Lee, who was in Ohio, did not name him but told ...": the parse often
 * hangs the main verb inside the comma-set relative clause, so the cue gets the relative "who" as its subject. A
 * cue standing after the separator that closes the relative clause is not the clause's: the noun the clause is
 * about speaks. A cue inside the clause ("Lee, who said ..., won") keeps "who", as PolNeAR marks it.
 */
final class RelativeAsideSpeaker {
    private static final Set<String> SEPARATORS = Set.of(",", "--", "—", "–", "-");

    private RelativeAsideSpeaker() {
    }

    static void fix(List<Attribution> attributions) {
        for (Attribution a : attributions) {
            fix(a);
        }
    }

    /** Gives {@code a} the relative clause's noun as speaker when its "who" speaks for a cue after the clause. */
    static void fix(Attribution a) {
        Sentence s = a.speakerSentence;
        int who = a.speakerHead;
        if (s == null || who < 2 || !a.hasCue() || !isRelativeWho(s, who)
                || !SEPARATORS.contains(s.token(who - 1).word())) {
            return;
        }
        int noun = Parse.governor(s, Parse.governor(s, who));
        if (noun < 0 || noun >= who || !(s.token(noun).isNoun() || s.token(noun).pos().equals("PRP"))) {
            return;
        }
        int[] phrase = Parse.nounPhrase(s, noun);
        if (phrase[1] != s.token(who - 2).end()) {
            return; // the noun the parse hung the clause on is not the one right before it ("'...,' Cruz, who ...")
        }
        int close = closingSeparator(s, who);
        if (close < 0 || a.cueBegin < s.token(close).end() || a.cueBegin >= s.end()) {
            return;
        }
        a.speaker(s, noun, phrase);
    }

    private static boolean isRelativeWho(Sentence s, int t) {
        if (!s.token(t).word().toLowerCase(Locale.ROOT).equals("who") || !Parse.relation(s, t).startsWith("nsubj")) {
            return false;
        }
        String clause = Parse.relation(s, Parse.governor(s, t));
        return clause.equals("acl:relcl") || clause.equals("dep"); // "dep": the parse hung the clause loose on the noun
    }

    /**
     * The first comma or dash after {@code who} that ends the relative clause: not one followed by "and", "but" or
     * "or", which go on with the clause ("who is a supporter, but has dismissed ..."); -1 when none.
     */
    private static int closingSeparator(Sentence s, int who) {
        for (int i = who + 1; i + 1 < s.tokens().size(); i++) {
            if (SEPARATORS.contains(s.token(i).word()) && !s.token(i + 1).pos().equals("CC")) {
                return i;
            }
        }
        return -1;
    }
}
