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
    /** Modals that look ahead ("would be ready Tuesday", "might come as soon as Monday"); not "could", as in "could not be reached Monday". */
    private static final Set<String> PROSPECTIVE_MODALS = Set.of("would", "may", "might", "should", "must", "can", "ca");
    private static final Set<String> PERFECT_AUX = Set.of("have", "has", "had", "'ve");
    /**
     * Verbs whose time is the time of what they arrange, when it follows them: "scheduled a news conference
     * Thursday" (but "On Friday, the government planned to pay" is when the planning was told).
     */
    private static final Set<String> ARRANGING = Set.of("schedule", "plan", "slate", "reschedule");
    /** Verbs that look ahead to what their infinitive says: "planned to leave on Thursday". */
    private static final Set<String> FORWARD_LOOKING = Set.of("plan", "schedule", "expect", "intend", "prepare",
            "hope", "aim", "vow", "promise", "threaten", "want", "propose", "arrange", "set", "due", "likely", "slate");
    /** Reporting verbs: "says Monday" in a headline's present still reports the past. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "confirm", "deny",
            "state", "claim", "add", "note", "insist", "accuse", "warn");
    /** Relations that make the expression a modifier of a noun ("a June agreement", "Wednesday's ruling"). */
    private static final Set<String> NOUN_MODIFIER = Set.of("compound", "amod", "nmod:poss");
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
        Dependency own = sentence.head(head);
        if (own != null && !own.isRoot() && NOUN_MODIFIER.contains(own.relation())
                && sentence.token(own.governor()).isNoun()) {
            // the noun's own clause says nothing about when "a June agreement" was made
            return UNKNOWN;
        }
        int current = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency up = sentence.head(current);
            if (up == null || up.isRoot()) {
                return current == head ? UNKNOWN : clauseTense(sentence, current, begin);
            }
            current = up.governor();
            if (isPredicate(sentence, current)) {
                return clauseTense(sentence, current, begin);
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

    /** {@code timeBegin}: where the time expression begins, to tell a time after the verb from a fronted one. */
    private static Tense clauseTense(Sentence s, int predicate, int timeBegin) {
        Token verb = s.token(predicate);
        if (ARRANGING.contains(verb.lemma().toLowerCase(Locale.ROOT)) && verb.end() <= timeBegin) {
            return FUTURE;
        }
        boolean infinitive = false;
        boolean presentBe = false;
        boolean past = false;
        boolean prospective = false;
        for (Dependency d : s.children(predicate)) {
            String rel = d.baseRelation();
            String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (rel.equals("aux") || rel.equals("cop")) {
                if (FUTURE_AUX.contains(word)) {
                    return FUTURE;
                }
                if (word.equals("to")) {
                    infinitive = true;
                } else if (PERFECT_AUX.contains(word) || PAST_AUX.contains(word) || s.token(d.dependent()).pos().equals("VBD")) {
                    past = true;
                } else if (PROSPECTIVE_MODALS.contains(word)) {
                    prospective = true;
                } else if (PRESENT_BE.contains(word)) {
                    presentBe = true;
                }
            } else if (rel.equals("mark") && word.equals("to")) {
                infinitive = true;
            }
        }
        if (past) {
            // "may have met Monday" is past whatever the modal
            return PAST;
        }
        if (prospective) {
            return FUTURE;
        }
        String pos = verb.pos();
        if (pos.equals("VBD")) {
            return PAST;
        }
        if (infinitive) {
            // "plans to meet Monday" and "planned to leave Thursday" look ahead; "agreed to meet Monday" may be over by now
            Dependency up = s.head(predicate);
            if (up == null || up.isRoot()) {
                return FUTURE;
            }
            Token governor = s.token(up.governor());
            if (FORWARD_LOOKING.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
                return FUTURE;
            }
            return clauseTense(s, up.governor(), timeBegin) == PAST ? UNKNOWN : FUTURE;
        }
        if (pos.equals("VBG") && presentBe) {
            // "is meeting Monday": an arrangement ahead
            return FUTURE;
        }
        if ((pos.equals("VBP") || pos.equals("VBZ")) && !REPORTING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                && !isBe(verb)) {
            // "meet separately Monday", "opens Friday": the news present of a fixed arrangement
            return FUTURE;
        }
        if (pos.equals("VBN") && verb.word().equalsIgnoreCase("ended")) {
            // "the fiscal year ended Jan. 31": a reduced relative clause, over by now
            return PAST;
        }
        return UNKNOWN;
    }

    private static boolean isBe(Token t) {
        return t.lemma().equalsIgnoreCase("be");
    }
}
