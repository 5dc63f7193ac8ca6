package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "As The Ledger reported, the mill will close", "the levy carries risks, as its critics point out": a verb of
 * saying or reporting in a clause marked "as" tells who said the clause it hangs on. The parse gives the cue no
 * complement (the reported clause is its governor), so without this the statement is lost or the clause's own
 * verb stands in for it with the wrong speaker.
 */
final class AsClauseCue {
    /** Verbs of saying, reporting and noting that cite a source this way; not "as expected", "as we know". */
    private static final Set<String> VERBS = Set.of("say", "tell", "note", "report", "point", "reveal", "write",
            "explain", "observe", "mention", "document", "acknowledge", "argue", "predict", "warn", "recall",
            "remark", "suggest", "show", "indicate", "tweet", "post", "claim", "state", "declare", "announce",
            "detail", "emphasize", "stress", "disclose", "confirm", "describe");

    /** The reported clause as a token range [lo, hi] of the sentence and the speaker's head token. */
    record Match(int lo, int hi, int speakerHead) {
    }

    private AsClauseCue() {
    }

    /** The statement cue {@code v} reports from inside an "as" clause, or null when it is no such cue. */
    static Match match(Sentence s, int v, List<QuoteMarks.Quoted> quotes) {
        if (!VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT)) || !Parse.relation(s, v).equals("advcl")) {
            return null;
        }
        int mark = Parse.child(s, v, "mark");
        if (mark < 0 || mark > v || !s.token(mark).word().equalsIgnoreCase("as")
                || Parse.hasChild(s, v, "ccomp") || Parse.hasChild(s, v, "obj") || Parse.hasChild(s, v, "xcomp")) {
            return null; // "just as she said she would", "as polls show Lee ahead": the cue says its own thing
        }
        int speaker = Parse.child(s, v, "nsubj");
        if (speaker < 0 || speaker > v) {
            speaker = CueSpeaker.byAgent(s, v); // "as reported by the Ledger"
        }
        int gov = Parse.governor(s, v);
        if (speaker < 0 || gov < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker))) {
            return null;
        }
        int[] clause = s.subtreeRange(gov);
        int[] as = s.subtreeRange(v);
        int lo;
        int hi;
        if (as[1] < gov) { // fronted: "As the Ledger reported, CLAUSE"
            lo = as[1] + 1;
            hi = clause[1];
        } else if (as[0] > gov) { // after: "CLAUSE, as its critics point out"
            lo = clause[0];
            hi = as[0] - 1;
        } else {
            return null;
        }
        if (hi < lo || quotationWithin(s, lo, hi, quotes)) {
            return null; // a quotation is left to its own cue-finding, which reads this cue as dangling
        }
        return new Match(lo, hi, speaker);
    }

    private static boolean quotationWithin(Sentence s, int lo, int hi, List<QuoteMarks.Quoted> quotes) {
        int begin = s.token(lo).begin();
        int end = s.token(hi).end();
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() < end && begin < q.end()) {
                return true;
            }
        }
        return false;
    }
}
