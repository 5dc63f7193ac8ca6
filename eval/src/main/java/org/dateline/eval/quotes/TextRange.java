package org.dateline.eval.quotes;

import java.util.List;

/** A character range [begin, end) of an evaluated text; gold and predicted spans are lists of these. */
public record TextRange(int begin, int end) {
    public TextRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public int overlap(TextRange other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    /** Total length of a discontinuous span. */
    static int length(List<TextRange> fragments) {
        return fragments.stream().mapToInt(TextRange::length).sum();
    }

    /** Characters shared by two discontinuous spans. */
    static int overlap(List<TextRange> a, List<TextRange> b) {
        int sum = 0;
        for (TextRange x : a) {
            for (TextRange y : b) {
                sum += x.overlap(y);
            }
        }
        return sum;
    }
}
