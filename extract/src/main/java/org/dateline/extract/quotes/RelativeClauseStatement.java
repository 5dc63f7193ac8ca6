package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement told inside a relative clause whose pronoun is the subject of what was said ("cited policies, which he
 * said had harmed the economy"): PolNeAR marks it as a statement of
 * its own with its own speaker, so it is not dropped as nested in the outer content that holds it. Read off the
 * words alone: a relative pronoun right before the speaker, a verb of saying or believing right after it, and a
 * finite verb right after the cue (no "that": "which he said that ..." is rare and ambiguous).
 */
final class RelativeClauseStatement {
    private static final Set<String> PRONOUNS = Set.of("which", "who", "whom", "that");
    private static final Pattern CUE = Pattern.compile(
            "(?:(?:has|have|had)\\s+)?(?:\\w+ly\\s+)?(?:say|says|said|believe|believes|believed|think|thinks|thought"
                    + "|claim|claims|claimed|argue|argues|argued|allege|alleges|alleged|contend|contends|contended)");
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "had", "have", "would",
            "will", "could", "should", "can", "may", "might", "must");

    private RelativeClauseStatement() {
    }

    /**
     * Where the relative pronoun before the statement {@code a} begins when {@code a} is said inside a relative
     * clause that closes the outer content (so the outer statement ends before it), or -1. A relative clause in
     * the middle of the outer content ("the plan, which critics said was late, was dropped") stays nested.
     */
    static int pronounBegin(String text, Attribution a, Attribution outer) {
        if (!a.hasCue() || !a.hasSpeaker() || a.speakerEnd > a.cueBegin || a.cueBegin - a.speakerEnd > 30
                || a.contentEnd < lastLetter(text, outer.contentBegin, outer.contentEnd)) {
            return -1;
        }
        String between = text.substring(a.speakerEnd, a.cueEnd).trim();
        if (!CUE.matcher(between).matches() || !FINITE.contains(wordAfter(text, a.cueEnd))) {
            return -1;
        }
        int end = a.speakerBegin;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        boolean pronoun = PRONOUNS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
        return pronoun && begin > outer.contentBegin ? begin : -1;
    }

    /** The end of the last letter or digit of [from, to): closing marks and punctuation do not count. */
    private static int lastLetter(String text, int from, int to) {
        int e = to;
        while (e > from && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static String wordAfter(String text, int begin) {
        int b = begin;
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        int e = b;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }
}
