package org.dateline.eval.time;

/**
 * A time expression as the scorer sees it, gold or predicted: character span into the document's
 * plain text, TIMEX3 type and normalized value (null when there is none).
 */
public record Timex(int begin, int end, String text, String type, String value) {
    public boolean overlaps(Timex other) {
        return begin < other.end && other.begin < end;
    }

    public int overlap(Timex other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    /** Values compare case-insensitively, as the evaluation rules say; a missing value equals nothing. */
    public boolean sameValue(Timex other) {
        return value != null && other.value != null && value.equalsIgnoreCase(other.value);
    }
}
