package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "..., calling him a fraud and accusing him of lying", "urging voters to stay and promising to ...": a
 * participial cue joined by "and"/"but" to the participial cue whose content it follows is a statement of its
 * own by the same speaker (PolNeAR splits them), so the first participle's content ends before the conjunction.
 */
final class ParallelParticiple {
    private static final Set<String> JOINERS = Set.of("and", "but");

    private ParallelParticiple() {
    }

    /** The content {@code range} (tokens, inclusive) of participial cue {@code cue}, ended before a second one. */
    static int[] before(Sentence s, int cue, int[] range) {
        if (!s.token(cue).pos().equals("VBG")) {
            return range;
        }
        for (int i = Math.max(range[0] + 2, cue + 2); i <= range[1]; i++) {
            if (isSecond(s, i)) {
                int end = i - 2;
                while (end > range[0] && s.token(end).word().equals(",")) {
                    end--;
                }
                return end >= range[0] ? new int[] {range[0], end} : range;
            }
        }
        return range;
    }

    /** A participial cue with its own complement right after "and"/"but". */
    private static boolean isSecond(Sentence s, int i) {
        Token t = s.token(i);
        return i > 0 && t.pos().equals("VBG") && CueLexicon.isAnyCue(t.lemma())
                && JOINERS.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))
                && Parse.child(s, i, "ccomp", "obj", "xcomp") > i;
    }

    /**
     * The second participle speaks for whoever the first one does: the statement of {@code sentence}'s second
     * participles in {@code out} take the speaker of the statement whose content was ended before them.
     */
    static void shareSpeaker(Sentence s, List<Attribution> out, int from) {
        for (int k = from; k < out.size(); k++) {
            Attribution second = out.get(k);
            int i = Parse.tokenAt(s, second.cueBegin);
            if (i < 0 || !isSecond(s, i)) {
                continue;
            }
            for (int j = from; j < out.size(); j++) {
                Attribution first = out.get(j);
                int f = Parse.tokenAt(s, first.cueBegin);
                if (first != second && f >= 0 && f < i && first.hasSpeaker() && s.token(f).pos().equals("VBG")
                        && first.contentEnd <= s.token(i).begin() && first.contentEnd >= s.token(i - 2).begin()) {
                    second.speaker(first.speakerSentence, first.speakerHead, new int[] {first.speakerBegin, first.speakerEnd});
                }
            }
        }
    }
}
