package org.dateline.extract.times;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The tense of the clause a time expression belongs to, read from the dependency tree: the first
 * verb above the expression, its part of speech and its auxiliaries. Only as precise as weekday
 * resolution needs: past, future, or unknown (present, or no verb found).
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PAST_AUX = Set.of("did", "had", "has", "have", "was", "were", "'d");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
    private static final int MAX_CLIMB = 6;

    /** The tense governing the characters [begin, end) of {@code sentence}; UNKNOWN without a parse. */
    static Tense of(Sentence sentence, int begin, int end) {
        if (sentence == null || sentence.basic().isEmpty()) {
            return UNKNOWN;
        }
        int head = headToken(sentence, begin, end);
        if (head < 0) {
            return UNKNOWN;
        }
        int current = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency up = sentence.head(current);
            if (up == null || up.isRoot()) {
                return current == head ? UNKNOWN : clauseTense(sentence, current);
            }
            current = up.governor();
            if (isPredicate(sentence, current)) {
                return clauseTense(sentence, current);
            }
        }
        return UNKNOWN;
    }

    /** The token of [begin, end) whose head lies outside it; -1 when no token is inside. */
    private static int headToken(Sentence sentence, int begin, int end) {
        int first = -1;
        for (Token t : sentence.tokens()) {
            if (t.begin() >= begin && t.end() <= end) {
                if (first < 0) {
                    first = t.index();
                }
                Dependency d = sentence.head(t.index());
                if (d != null && (d.isRoot() || !inside(sentence.token(d.governor()), begin, end))) {
                    return t.index();
                }
            }
        }
        return first;
    }

    private static boolean inside(Token t, int begin, int end) {
        return t.begin() >= begin && t.end() <= end;
    }

    /** A verb, or a noun or adjective that heads a clause through a copula ("was ready on Monday"). */
    private static boolean isPredicate(Sentence s, int token) {
        if (s.token(token).isVerb() || s.token(token).pos().equals("MD")) {
            return true;
        }
        return s.children(token).stream().anyMatch(d -> d.baseRelation().equals("cop"));
    }

    private static Tense clauseTense(Sentence s, int predicate) {
        Token verb = s.token(predicate);
        List<Dependency> children = s.children(predicate);
        boolean infinitive = false;
        boolean presentBe = false;
        for (Dependency d : children) {
            String rel = d.baseRelation();
            String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (rel.equals("aux") || rel.equals("cop")) {
                if (FUTURE_AUX.contains(word)) {
                    return FUTURE;
                }
                if (word.equals("to") || rel.equals("mark") && word.equals("to")) {
                    infinitive = true;
                } else if (PAST_AUX.contains(word) || s.token(d.dependent()).pos().equals("VBD")) {
                    return PAST;
                } else if (PRESENT_BE.contains(word)) {
                    presentBe = true;
                }
            } else if (rel.equals("mark") && word.equals("to")) {
                infinitive = true;
            }
        }
        String pos = verb.pos();
        if (pos.equals("VBD")) {
            return PAST;
        }
        if (infinitive) {
            // "plans to meet Monday" looks ahead; "agreed to meet Monday" may be over by now
            Dependency up = s.head(predicate);
            boolean pastGovernor = up != null && !up.isRoot() && clauseTense(s, up.governor()) == PAST;
            return pastGovernor ? UNKNOWN : FUTURE;
        }
        if (pos.equals("VBG") && presentBe) {
            // "is meeting Monday": an arrangement ahead
            return FUTURE;
        }
        return UNKNOWN;
    }
}
