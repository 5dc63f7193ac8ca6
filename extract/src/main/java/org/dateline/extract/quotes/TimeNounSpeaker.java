package org.dateline.extract.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "In a panel this weekend in Ohio, Ann Lee, the head of the union, told ...", "Lee has spent most of her time
 * campaigning in Ohio without mentioning ...": the parse sometimes makes a stretch of time (a lowercase time noun
 * the NER left untagged, or "much/most of" one) the cue's subject. A stretch of time never speaks; the last
 * person named before the cue does.
 */
final class TimeNounSpeaker {
    private static final Set<String> TIME_NOUNS = Set.of("weekend", "week", "day", "morning", "afternoon", "evening",
            "night", "month", "year", "weekends", "weeks", "days", "mornings", "evenings", "nights", "months", "years",
            "hours", "time");
    private static final Set<String> SHARES = Set.of("much", "most", "all", "part", "half", "rest");

    private TimeNounSpeaker() {
    }

    /** {@code speaker}, or the last person named before {@code cue} when {@code speaker} is a stretch of time. */
    static int fix(Sentence s, int speaker, int cue, List<QuoteMarks.Quoted> quotes) {
        if (speaker < 0 || speaker >= cue || !isStretchOfTime(s, speaker)) {
            return speaker;
        }
        for (int i = cue - 1; i >= 0; i--) {
            if ("PERSON".equals(s.token(i).ner()) && !ClauseAttributor.insideQuote(quotes, s.token(i))) {
                return i;
            }
        }
        return speaker;
    }

    private static boolean isStretchOfTime(Sentence s, int head) {
        String word = s.token(head).word();
        if (TIME_NOUNS.contains(word)) {
            return true;
        }
        int of = Parse.child(s, head, "nmod");
        return SHARES.contains(word.toLowerCase()) && of >= 0 && TIME_NOUNS.contains(s.token(of).word());
    }
}
