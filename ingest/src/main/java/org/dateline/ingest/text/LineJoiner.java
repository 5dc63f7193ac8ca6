package org.dateline.ingest.text;

/**
 * Writes a hard-wrapped paragraph as one line: a wrap becomes a single space, a word split with a
 * hyphen is rejoined (keeping the hyphen where it belongs to the word), and spaces at line ends go.
 * Characters inside a line are never changed.
 */
final class LineJoiner {
    private final HyphenRepair hyphens;

    LineJoiner(HyphenRepair hyphens) {
        this.hyphens = hyphens;
    }

    String join(String source, LineLayout.Paragraph paragraph) {
        StringBuilder out = new StringBuilder(paragraph.end() - paragraph.begin());
        LineLayout.Line previous = null;
        for (LineLayout.Line line : paragraph.lines()) {
            if (previous != null) {
                appendBreak(source, previous, line, out);
            }
            out.append(source, line.begin(), line.end());
            previous = line;
        }
        return out.toString();
    }

    private void appendBreak(String source, LineLayout.Line previous, LineLayout.Line line, StringBuilder out) {
        char last = source.charAt(previous.end() - 1);
        if (last == '\u00AD') {
            out.setLength(out.length() - 1); // a soft hyphen only ever marks where a word may be split
            return;
        }
        if (LineLayout.isWordHyphen(source, previous) && Character.isLetter(source.charAt(line.begin()))) {
            if (!hyphens.keepHyphen(wordBefore(source, previous.end() - 1), wordAfter(source, line.begin()))) {
                out.setLength(out.length() - 1);
            }
            return;
        }
        out.append(' ');
    }

    /** The word (letters and inner hyphens) that ends just before {@code end}. */
    private static String wordBefore(String s, int end) {
        int b = end;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '-' && b - 1 > 0
                && Character.isLetter(s.charAt(b - 2)))) {
            b--;
        }
        return s.substring(b, end);
    }

    private static String wordAfter(String s, int begin) {
        int e = begin;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return s.substring(begin, e);
    }
}
