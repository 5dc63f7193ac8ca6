package org.dateline.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a text grouped into paragraphs, as offsets into the unchanged text. A line break inside
 * a paragraph is a hard wrap; the layout says whether it breaks a word with a hyphen. Paragraphs end at
 * blank lines and, where blank lines are missing (text taken out of a PDF), at a line that is short
 * although the next word would have fitted on it.
 */
public final class LineLayout {
    /** Lines at least this long everywhere mean the text is not hard-wrapped (one paragraph per line). */
    private static final int MAX_WRAP_WIDTH = 200;
    /** A wrapped line is at least this share of the wrap width, allowing for ragged right margins. */
    private static final double FILL = 0.85;

    /** One line's content, from its first to its last non-space character. */
    public record Line(int begin, int end) {
        int length() {
            return end - begin;
        }
    }

    /** Lines that form one paragraph, in order; each break between them is a hard wrap. */
    public record Paragraph(List<Line> lines) {
        public Paragraph {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a paragraph has at least one line");
            }
        }

        public int begin() {
            return lines.get(0).begin();
        }

        public int end() {
            return lines.get(lines.size() - 1).end();
        }
    }

    private final List<Paragraph> paragraphs;
    private final boolean hardWrapped;
    private final boolean[] cutByWrap;

    private LineLayout(List<Paragraph> paragraphs, boolean hardWrapped, boolean[] cutByWrap) {
        this.paragraphs = List.copyOf(paragraphs);
        this.hardWrapped = hardWrapped;
        this.cutByWrap = cutByWrap;
    }

    /**
     * True when paragraph {@code i} of hard-wrapped text ends in a full line: the first word of the next
     * paragraph would not have fitted on it, so blank lines may have been put into a sentence (a caption
     * copied out of a page). Headlines and last lines of paragraphs end short.
     */
    public boolean cutByWrap(int i) {
        return i >= 0 && i < cutByWrap.length && cutByWrap[i];
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** True when some line break falls inside a sentence, so joining lines would change the text. */
    public boolean hardWrapped() {
        return hardWrapped;
    }

    public static LineLayout of(String text) {
        List<List<Line>> blocks = blocks(text);
        int strongBreaks = 0;
        for (List<Line> block : blocks) {
            for (int i = 1; i < block.size(); i++) {
                if (mustJoin(text, block.get(i - 1), block.get(i))) {
                    strongBreaks++;
                }
            }
        }
        int width = wrapWidth(blocks);
        boolean wrapped = strongBreaks > 0 && width <= MAX_WRAP_WIDTH;
        List<Paragraph> out = new ArrayList<>();
        for (List<Line> block : blocks) {
            List<Line> current = new ArrayList<>();
            for (Line line : block) {
                if (!current.isEmpty()) {
                    Line previous = current.get(current.size() - 1);
                    boolean join = wrapped && (mustJoin(text, previous, line) || !fitsOnLine(text, previous, line, width));
                    if (!join) {
                        out.add(new Paragraph(current));
                        current = new ArrayList<>();
                    }
                }
                current.add(line);
            }
            out.add(new Paragraph(current));
        }
        boolean[] cut = new boolean[out.size()];
        for (int i = 0; wrapped && i + 1 < out.size(); i++) {
            List<Line> lines = out.get(i).lines();
            cut[i] = !fitsOnLine(text, lines.get(lines.size() - 1), out.get(i + 1).lines().get(0), width);
        }
        return new LineLayout(out, wrapped, cut);
    }

    /** Runs of non-blank lines; blank lines separate them. */
    private static List<List<Line>> blocks(String text) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && !TextChars.isLineBreak(text.charAt(end))) {
                end++;
            }
            int b = start;
            int e = end;
            while (b < e && isLayoutSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && isLayoutSpace(text.charAt(e - 1))) {
                e--;
            }
            if (b == e) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(new Line(b, e));
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static boolean isLayoutSpace(char c) {
        return TextChars.isSpace(c) || c == '\uFEFF';
    }

    /** The break is certainly inside a sentence: a split word, a lowercase continuation, a dangling comma or dash. */
    static boolean mustJoin(String text, Line a, Line b) {
        char last = text.charAt(a.end() - 1);
        char first = text.charAt(b.begin());
        if (isWordHyphen(text, a) && Character.isLetter(first)) {
            return true;
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        return last == ',' || last == '(' || last == '\u2014' || last == '\u2013'
                || last == '\u00AD' || (last == '-' && a.length() >= 2 && text.charAt(a.end() - 2) == '-');
    }

    /** The line ends in a letter followed by a hyphen: a word split at the line end (or a compound). */
    static boolean isWordHyphen(String text, Line a) {
        return a.length() >= 2 && text.charAt(a.end() - 1) == '-' && Character.isLetter(text.charAt(a.end() - 2));
    }

    /** Would the first word of {@code b} have fitted at the end of {@code a}? Then the break was meant. */
    private static boolean fitsOnLine(String text, Line a, Line b, int width) {
        if (width > MAX_WRAP_WIDTH) {
            return true;
        }
        int word = 0;
        while (b.begin() + word < b.end() && !TextChars.isSpace(text.charAt(b.begin() + word))) {
            word++;
        }
        return a.length() + 1 + word <= FILL * width;
    }

    /** The right margin: the 90th percentile of line lengths. */
    private static int wrapWidth(List<List<Line>> blocks) {
        int count = blocks.stream().mapToInt(List::size).sum();
        if (count == 0) {
            return 0;
        }
        int[] lengths = new int[count];
        int i = 0;
        for (List<Line> block : blocks) {
            for (Line line : block) {
                lengths[i++] = line.length();
            }
        }
        Arrays.sort(lengths);
        return lengths[Math.min(count - 1, (int) Math.floor(0.9 * count))];
    }
}
