package org.dateline.eval.petrarch;

import java.util.Set;

/**
 * One unit-test record of PETRARCH: its id, category, date, sentence text and the expected codings.
 * {@code expectError} names PETRARCH's expected refusal (a discard, a dateline, a bad parse), for which
 * no event is expected either.
 */
public record PetrarchRecord(String id, String category, String date, String text, Set<Triple> expected,
                             String expectError) {
    public PetrarchRecord {
        expected = Set.copyOf(expected);
    }

    /** One expected or produced coding. */
    public record Triple(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

}
