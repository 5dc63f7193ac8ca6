package org.dateline.eval.petrarch;

import java.util.Set;

/**
 * One unit-test record of PETRARCH: its id, category, date, sentence text and the expected codings.
 * {@code expectError} names PETRARCH's expected refusal (a discard, a dateline, a bad parse), for which
 * no event is expected either. {@code requireDyad} is the file's {@code require_dyad} setting where the
 * record stands: when false, an event with only a source or only a target counts (its other side {@code ---}).
 */
public record PetrarchRecord(String id, String category, String date, String text, Set<Triple> expected,
                             String expectError, boolean requireDyad) {
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
