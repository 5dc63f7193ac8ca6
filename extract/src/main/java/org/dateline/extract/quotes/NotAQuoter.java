package org.dateline.extract.quotes;

import java.util.Locale;
import org.dateline.nlp.Sentence;

/**
 * Subjects of a clause that holds a quotation but cannot be the one quoting it: a passive subject is what was
 * acted on ("The film, based on “...”"; "her rights were restored under “...”"), and a relative "that" or a
 * "whose" phrase stands for something the clause describes ("an article that included “...”", "whose term
 * spearheading “...”"), not for a person speaking. Used where no verb of saying vouches for the subject.
 */
final class NotAQuoter {
    private NotAQuoter() {
    }

    static boolean is(Sentence s, int subject) {
        return Parse.relation(s, subject).equals("nsubj:pass") || isRelativeThat(s, subject) || isWhosePhrase(s, subject);
    }

    private static boolean isRelativeThat(Sentence s, int t) {
        return s.token(t).pos().equals("WDT") && lower(s, t).equals("that");
    }

    private static boolean isWhosePhrase(Sentence s, int t) {
        int possessor = Parse.child(s, t, "nmod:poss");
        return lower(s, t).equals("whose") || possessor >= 0 && lower(s, possessor).equals("whose");
    }

    private static String lower(Sentence s, int t) {
        return s.token(t).word().toLowerCase(Locale.ROOT);
    }
}
