package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the most specific pattern of a trigger entry that the sentence satisfies. The words after the
 * trigger are sought in the trigger's own phrase (its subtree without its subject), in order; the words
 * before it in the stretch of the clause chain that governs it ({@code said would not *}). Words separated
 * by a space may have others between them; {@code _}-joined words must be adjacent. A pattern word
 * matches a token whose word or lemma it equals (so {@code talks} matches {@code talk}).
 */
final class PatternMatcher {
    /** The chosen pattern (null when only the entry's own code applies) and where its actor slots point. */
    record Match(TriggerPattern pattern, Map<PatternItem.Role, Integer> slots) {
    }

    private PatternMatcher() {
    }

    static Match best(ParseView v, int trigger, TriggerEntry entry, List<Integer> beforeWindow, List<Integer> afterWindow) {
        TriggerPattern best = null;
        Map<PatternItem.Role, Integer> bestSlots = Map.of();
        for (TriggerPattern p : entry.patterns()) {
            Map<PatternItem.Role, Integer> slots = new EnumMap<>(PatternItem.Role.class);
            if (matches(v, p.before(), beforeWindow, slots) && matches(v, p.after(), afterWindow, slots)) {
                if (best == null || p.specificity() > best.specificity()) {
                    best = p;
                    bestSlots = slots;
                }
            }
        }
        return new Match(best, bestSlots);
    }

    /** Greedy left-to-right match of {@code items} as a subsequence of {@code window}. */
    private static boolean matches(ParseView v, List<PatternItem> items, List<Integer> window,
                                   Map<PatternItem.Role, Integer> slots) {
        int pos = 0;
        List<PatternItem.Role> pending = new ArrayList<>();
        for (PatternItem item : items) {
            if (item instanceof PatternItem.Slot s) {
                pending.add(s.role());
                continue;
            }
            PatternItem.Words w = (PatternItem.Words) item;
            int found = -1;
            int length = 0;
            int last = w.adjacent() ? Math.min(pos, window.size() - 1) : window.size() - 1;
            for (int start = pos; start <= last && found < 0; start++) {
                for (List<String> phrase : w.phrases()) {
                    if (phraseAt(v, phrase, window, start, w.byLemma())) {
                        found = start;
                        length = phrase.size();
                        break;
                    }
                }
            }
            if (found < 0) {
                return false;
            }
            for (PatternItem.Role r : pending) {
                slots.putIfAbsent(r, window.get(Math.min(pos, window.size() - 1)));
            }
            pending.clear();
            pos = found + length;
        }
        for (PatternItem.Role r : pending) {
            if (pos < window.size()) {
                slots.putIfAbsent(r, window.get(pos));
            }
        }
        return true;
    }

    private static boolean phraseAt(ParseView v, List<String> phrase, List<Integer> window, int start, boolean byLemma) {
        if (start + phrase.size() > window.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            int t = window.get(start + k);
            if (k > 0 && t != window.get(start + k - 1) + 1) {
                return false;
            }
            if (byLemma ? !wordMatches(v, t, phrase.get(k)) : !v.lower(t).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(ParseView v, int token, String word) {
        String lower = v.lower(token);
        if (lower.equals(word) || v.lemma(token).equals(word)) {
            return true;
        }
        // a plural pattern word against a singular lemma ("resolutions" for RESOLUTIONS written as a noun)
        return word.endsWith("s") && word.length() > 3 && v.lemma(token).equals(word.substring(0, word.length() - 1));
    }
}
