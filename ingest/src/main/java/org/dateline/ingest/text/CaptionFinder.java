package org.dateline.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds photo captions among paragraphs: a paragraph that ends in a photo credit, together with the
 * paragraphs just before it that it continues (a caption broken by blank lines, as hard-wrapped text
 * copied out of a web page or a PDF often is: the first piece ends mid-sentence in a full line, the
 * last one in the credit).
 */
final class CaptionFinder {
    private static final int MAX_CAPTION_CHARS = 800;
    private static final int MAX_PIECE_CHARS = 400;
    private static final int MAX_PIECES_BEFORE = 3;

    /** One caption: paragraphs {@code first..last} (inclusive) and its credit. */
    record Group(int first, int last, String credit) {
    }

    private CaptionFinder() {
    }

    /**
     * {@code cutByWrap} tells for each paragraph whether its last line was full when the text was
     * wrapped (see {@link LineLayout#cutByWrap}); only such a paragraph can run on into a caption.
     */
    static List<Group> find(List<String> paragraphs, IntPredicate cutByWrap) {
        List<Group> groups = new ArrayList<>();
        int claimedUpTo = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() > MAX_CAPTION_CHARS) {
                continue;
            }
            var credit = CaptionCredit.find(p);
            if (credit.isEmpty()) {
                continue;
            }
            int first = i;
            if (credit.get().alone()) {
                // a credit on its own belongs to the paragraph before it, whatever that ends with
                if (first - 1 > claimedUpTo && isCaptionPiece(paragraphs.get(first - 1))) {
                    first--;
                }
            } else {
                while (first - 1 > claimedUpTo && i - (first - 1) <= MAX_PIECES_BEFORE
                        && cutByWrap.test(first - 1) && continuesInto(paragraphs.get(first - 1))) {
                    first--;
                }
            }
            groups.add(new Group(first, i, credit.get().name()));
            claimedUpTo = i;
        }
        return groups;
    }

    /** A piece of caption that breaks off mid-sentence; a headline is not one. */
    private static boolean continuesInto(String piece) {
        return !TextChars.endsSentence(piece) && !piece.endsWith(":") && isCaptionPiece(piece);
    }

    private static boolean isCaptionPiece(String piece) {
        return piece.length() <= MAX_PIECE_CHARS && !HeadMatter.looksLikeHeadline(piece)
                && HeadMatter.byline(piece).isEmpty() && DatelineParser.parse(piece).isEmpty();
    }
}
