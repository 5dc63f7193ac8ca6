package org.dateline.eval.time;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document reduced to what the time scorer needs: the plain text of {@code <TEXT>} (tags
 * stripped, entities decoded), its creation date ({@code <DCT>}, null when absent) and the gold times.
 */
public record TimeMlDocument(String id, LocalDate creationDate, String text, List<Timex> gold) {
    public TimeMlDocument {
        gold = List.copyOf(gold);
    }
}
