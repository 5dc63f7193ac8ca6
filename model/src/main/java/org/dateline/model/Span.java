package org.dateline.model;

import java.util.Objects;

/** A stretch of {@code article.text} in UTF-16 code units, carrying its own text so a reader needs no lookup. */
public record Span(int begin, int end, String text) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("span [" + begin + "," + end + ") has text of length " + text.length());
        }
    }

    /** Cuts a span out of {@code source}; the text is taken from there so it always matches. */
    public static Span of(String source, int begin, int end) {
        if (begin < 0 || end > source.length() || end < begin) {
            throw new IllegalArgumentException("span [" + begin + "," + end + ") outside text of length " + source.length());
        }
        return new Span(begin, end, source.substring(begin, end));
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    /** True when this span really is {@code source.substring(begin, end)}. */
    public boolean pointsInto(String source) {
        return end <= source.length() && source.regionMatches(begin, text, 0, text.length());
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
