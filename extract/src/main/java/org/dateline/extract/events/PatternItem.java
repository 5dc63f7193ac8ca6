package org.dateline.extract.events;

import java.util.List;

/** One element of a trigger pattern: words to find in the sentence, or a marker for an actor slot. */
public sealed interface PatternItem {
    /**
     * Alternative phrases (lower-case words; a synset gives several). {@code adjacent}: the phrase must
     * start right after the previous item's match (PETRARCH's {@code _}); otherwise words may intervene.
     * {@code byLemma}: a word also matches tokens whose lemma it is ({@code talk} matches {@code talks});
     * otherwise only the written form matches (PETRARCH spells out the forms it wants).
     */
    record Words(List<List<String>> phrases, boolean adjacent, boolean byLemma) implements PatternItem {
        public Words {
            phrases = List.copyOf(phrases.stream().map(List::copyOf).toList());
            if (phrases.isEmpty() || phrases.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a pattern word item needs at least one non-empty phrase");
            }
        }
    }

    /** Where the source ({@code $}) or the target ({@code +}) sits in the pattern. */
    record Slot(Role role) implements PatternItem {
    }

    enum Role { SOURCE, TARGET }
}
