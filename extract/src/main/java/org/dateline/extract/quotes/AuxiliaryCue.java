package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;

/**
 * "Lee said he expected the vote to pass", parsed with "said" as an auxiliary of "expected": the tagger's finite
 * verb of saying hung on the verb of the clause it reports, after that clause's own subject. The clause is then
 * the statement and the noun phrase before the cue its speaker; without this the reported clause's verb stands
 * in as the cue, with its own subject ("he") as the speaker.
 */
final class AuxiliaryCue {
    /** The reported clause as a token range [lo, hi] and the speaker's head token. */
    record Match(int lo, int hi, int speakerHead) {
    }

    private AuxiliaryCue() {
    }

    /** The statement of cue {@code c} misparsed as an auxiliary, or null when it is none. */
    static Match match(Sentence s, int c, List<QuoteMarks.Quoted> quotes) {
        String pos = s.token(c).pos();
        String lemma = s.token(c).lemma();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) || !Parse.relation(s, c).equals("aux")) {
            return null;
        }
        if (CueLexicon.takesInfinitive(lemma)) {
            Match plan = infinitive(s, c, quotes);
            if (plan != null) {
                return plan;
            }
        }
        if (!(CueLexicon.isSpeechVerb(lemma) || CueLexicon.takesClause(lemma))) {
            return null;
        }
        int clause = Parse.governor(s, c);
        int subject = clause < 0 ? -1 : Parse.child(s, clause, "nsubj");
        if (clause <= c || subject <= c || subject >= clause) {
            return null; // the clause's subject must stand between the cue and its verb: "said he expected"
        }
        int speaker = SubjectBeforeCue.nounBefore(s, c, quotes);
        if (speaker < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker))) {
            return null;
        }
        return new Match(c + 1, s.subtreeRange(clause)[1], speaker);
    }

    /**
     * "Lee refuses to release them", "vowed not to give up", parsed with the cue as an auxiliary of the infinitive's
     * verb: the infinitive (with its "not") is what was intended; the speaker is the subject the parse gave that verb
     * before the cue, else the noun phrase before the cue. Null when words other than "to", "not" and adverbs
     * stand between the cue and the verb.
     */
    private static Match infinitive(Sentence s, int c, List<QuoteMarks.Quoted> quotes) {
        int verb = Parse.governor(s, c);
        if (verb <= c || !s.token(verb).pos().equals("VB")) {
            return null;
        }
        boolean to = false;
        for (int i = c + 1; i < verb; i++) {
            String w = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
            to |= w.equals("to");
            if (!w.equals("to") && !w.equals("not") && !s.token(i).pos().startsWith("RB")) {
                return null;
            }
        }
        int subject = Parse.child(s, verb, "nsubj");
        int speaker = subject >= 0 && subject < c ? subject : SubjectBeforeCue.nounBefore(s, c, quotes);
        if (!to || speaker < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker))) {
            return null;
        }
        return new Match(c + 1, s.subtreeRange(verb)[1], speaker);
    }
}
