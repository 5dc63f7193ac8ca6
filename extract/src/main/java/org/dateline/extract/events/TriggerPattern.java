package org.dateline.extract.events;

import java.util.List;

/**
 * A refinement of a trigger: words that must come before it ({@code before}, in sentence order) and
 * after it (in its phrase), and the code they select. {@code code} is the event from source to target;
 * {@code reverseCode} (PETRARCH's {@code [a:b]}) an event from target back to source, as when a visit
 * (042) implies a hosting (043). Either may be null; codes are kept as the dictionary wrote them.
 */
public record TriggerPattern(List<PatternItem> before, List<PatternItem> after, String code, String reverseCode,
                             int order) {
    public TriggerPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How many words the pattern requires: a longer pattern is more specific and wins. */
    public int specificity() {
        int n = 0;
        for (PatternItem i : before) {
            n += i instanceof PatternItem.Words w ? w.phrases().get(0).size() : 0;
        }
        for (PatternItem i : after) {
            n += i instanceof PatternItem.Words w ? w.phrases().get(0).size() : 0;
        }
        return n;
    }
}
