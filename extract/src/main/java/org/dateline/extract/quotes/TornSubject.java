package org.dateline.extract.quotes;

import org.dateline.nlp.Sentence;

/**
 * "Reid said both Rubio and Cruz are ...", "says the main goal is ...": the parser took the reported clause's
 * subject for the cue's object and hung the clause's verb on the cue as a loose dependent; the statement
 * starts at that object, not at the verb.
 */
final class TornSubject {
    private TornSubject() {
    }

    /** Where the statement whose verb {@code verb} hangs loose after {@code cue} starts. */
    static int start(Sentence s, int cue, int verb) {
        int object = Parse.child(s, cue, "obj");
        if (object > cue && object < verb && s.subtreeRange(object)[1] < verb) {
            return s.subtreeRange(object)[0];
        }
        return verb;
    }

    /**
     * "Huerta praised Lee's record, crediting her with ...": a participle set off by a comma is a statement (or an
     * aside) of its own that the parser hung loose on the cue, not the verb of a torn complement.
     */
    static boolean isParticipleAfterComma(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBG") || verb < 1) {
            return false;
        }
        String before = s.token(verb - 1).word();
        boolean closedQuotation = verb >= 2 && QuoteMarks.isClosingToken(before) && s.token(verb - 2).word().equals(",");
        return before.equals(",") || closedQuotation; // "called it a \"huge win,\" adding that ..."
    }

}
