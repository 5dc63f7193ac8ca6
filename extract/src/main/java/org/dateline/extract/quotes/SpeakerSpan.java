package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * The mention span shown for a speaker. A noun phrase taken with its case marker reads "by Matt Lauer" when the
 * speaker is a passive agent ("was reported by Matt Lauer"); the preposition is not part of who spoke, so the
 * span starts after it. A head with a prepositional phrase right after it ("the head of the union", "a letter
 * from the Legion") is mentioned with that phrase: it often says who the speaker is.
 */
final class SpeakerSpan {
    private SpeakerSpan() {
    }

    /** {@code charRange} without a preposition that marks the speaker head and opens the range. */
    static int[] withoutLeadingPreposition(Sentence s, int head, int[] charRange) {
        if (s == null || head < 0 || head >= s.tokens().size()) {
            return charRange;
        }
        for (Dependency d : s.children(head)) {
            int p = d.dependent();
            if (d.baseRelation().equals("case") && p < head && s.token(p).pos().equals("IN")
                    && s.token(p).begin() == charRange[0]) {
                return new int[] {s.token(p + 1).begin(), charRange[1]};
            }
        }
        return charRange;
    }

    /** "Lee to farmers:", "Lee on the budget:": whom or what the speaker addresses is no part of the speaker. */
    private static final Set<String> ADDRESSEE_OR_TOPIC = Set.of("to", "on", "about", "at", "over",
            "against");

    /**
     * {@code charRange}, ending at the head, stretched over the head's prepositional phrases that follow it
     * without punctuation or a verb between ("the head of the major union", "an estimate by the budget office");
     * unchanged when it does not end at the head or no such phrase follows.
     */
    static int[] withPostmodifiers(Sentence s, int head, int[] charRange) {
        if (s == null || head < 0 || head >= s.tokens().size() || charRange[1] != s.token(head).end()) {
            return charRange;
        }
        int last = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() > head && d.relation().equals("nmod")
                    && !ADDRESSEE_OR_TOPIC.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT))) {
                int end = s.subtreeRange(d.dependent())[1];
                if (plainWords(s, head + 1, end)) {
                    last = Math.max(last, end);
                }
            }
        }
        return last == head ? charRange : new int[] {charRange[0], s.token(last).end()};
    }

    /**
     * Tokens {@code from..to} hold no punctuation and no verb: a phrase, not an aside or a clause. A possessive "'s"
     * is a word here ("an estimate by Congress's budget office").
     */
    private static boolean plainWords(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            boolean punct = Parse.isPunct(s.token(i)) && !s.token(i).pos().equals("POS");
            if (punct || s.token(i).pos().startsWith("VB") || s.token(i).pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }
}
