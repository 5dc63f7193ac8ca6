package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * A quotation labelled with its speaker's name and a colon inside a paragraph, as digests and transcripts set
 * them: {@code POLLS MISSED THE SURGE - Ann Lee and Bo Park: "..."}, {@code More from Lee: "..."},
 * {@code ..."We will win." Park: "We will not."}. The parse hangs such a quotation on the heading or the
 * sentence before it, so the speaker found for it is someone else; the name right before the colon is the one
 * who speaks (the label's own turn, as {@link ColonLabel} does for a label opening its paragraph).
 */
final class NameLabelledQuotation {
    /** What may stand right before the name: a heading dash, an ellipsis, the quotation before, or "from". */
    private static final Set<String> BOUNDARIES = Set.of("-", "--", "—", "–", "...", "…", "''", "\"", "”", "from");
    private static final int MAX_NAME_TOKENS = 8;

    private NameLabelledQuotation() {
    }

    /** Gives every statement that is a name-labelled quotation the name as its speaker. */
    static void relabel(AnnotatedText nlp, List<QuoteMarks.Quoted> quotes, List<Attribution> found) {
        for (QuoteMarks.Quoted q : quotes) {
            for (Attribution a : found) {
                if (a.contentBegin >= q.open() && a.contentBegin <= q.contentBegin()) {
                    relabel(nlp, q, a);
                }
            }
        }
    }

    /** Where the name labelling {@code q} begins ("... Park: “...”"), or -1 when no name labels it. */
    static int labelBegin(AnnotatedText nlp, QuoteMarks.Quoted q) {
        int colon = colonBefore(nlp, q);
        if (colon < 0) {
            return -1;
        }
        Sentence s = nlp.sentenceAt(colon);
        int[] name = nameBefore(s, Parse.tokenAt(s, colon));
        return name == null ? -1 : s.token(name[0]).begin();
    }

    /** The offset of the colon right before the opening mark, when it has a token of its own; -1 otherwise. */
    private static int colonBefore(AnnotatedText nlp, QuoteMarks.Quoted q) {
        String text = nlp.text();
        int i = q.open() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return -1;
        }
        Sentence s = nlp.sentenceAt(i);
        return s != null && Parse.tokenAt(s, i) >= 0 ? i : -1;
    }

    private static void relabel(AnnotatedText nlp, QuoteMarks.Quoted q, Attribution a) {
        int i = colonBefore(nlp, q);
        if (i < 0) {
            return;
        }
        Sentence s = nlp.sentenceAt(i);
        int colon = Parse.tokenAt(s, i);
        int[] name = nameBefore(s, colon);
        if (name == null) {
            return;
        }
        int begin = s.token(name[0]).begin();
        int end = s.token(name[1]).end();
        if (a.hasSpeaker() && a.speakerBegin < end && begin < a.speakerEnd) {
            return; // already the labelled name
        }
        a.speakerFrom = null;
        a.cue(s.token(colon).begin(), s.token(colon).end());
        a.speaker(s, name[1], new int[] {begin, end});
    }

    /**
     * The first and last token of the name ending right before {@code colon} (a parenthesis after it skipped:
     * "Rep. Ann Lee (D-Ore.):"), when a boundary stands before it; null otherwise.
     */
    static int[] nameBefore(Sentence s, int colon) {
        int last = colon - 1;
        if (last >= 0 && s.token(last).word().equals(")") || last >= 0 && s.token(last).word().equals("-RRB-")) {
            while (last >= 0 && !s.token(last).word().equals("(") && !s.token(last).word().equals("-LRB-")) {
                last--;
            }
            last--;
        }
        if (last < 0 || !isName(s.token(last))) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && last - first + 1 < MAX_NAME_TOKENS
                && (isName(s.token(first - 1)) || isJoiner(s.token(first - 1)) && first - 2 >= 0 && isName(s.token(first - 2)))) {
            first--;
        }
        boolean bounded = first == 0 || BOUNDARIES.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT));
        return bounded ? new int[] {first, last} : null;
    }

    private static boolean isName(Token t) {
        String w = t.word();
        boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
        return (t.isProperNoun() || capitals) && Character.isUpperCase(w.charAt(0)) && !"LOCATION".equals(t.ner())
                && !"DATE".equals(t.ner());
    }

    /** "Ann Lee and Bo Park": names joined into one label. */
    private static boolean isJoiner(Token t) {
        return t.word().equals("and") || t.word().equals("&");
    }
}
