package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "Asked by Ann Lee whether the port would close, the mayor said ...", "When asked by a reporter whether ...": a
 * past participle with no auxiliary of its own is a reduced passive, and its by-phrase names who did the asking.
 */
final class ParticipleAgent {
    private ParticipleAgent() {
    }

    /** The head of the by-phrase of participle {@code verb} standing without an auxiliary, or -1. */
    static int of(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        if (!s.token(verb).pos().equals("VBN") || Parse.hasChild(s, verb, "aux") || Parse.hasChild(s, verb, "nsubj")) {
            return -1; // "aux" also finds "aux:pass": "was asked by" is the passive the subject rule reads
        }
        for (Dependency d : s.children(verb)) {
            int agent = d.dependent();
            int mark = Parse.child(s, agent, "case");
            if (d.baseRelation().equals("obl") && agent > verb && mark >= 0
                    && s.token(mark).word().toLowerCase(Locale.ROOT).equals("by")
                    && (s.token(agent).isNoun() || s.token(agent).pos().equals("PRP"))
                    && !ClauseAttributor.insideQuote(quotes, s.token(agent))) {
                return agent;
            }
        }
        return -1;
    }
}
