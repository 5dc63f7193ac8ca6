package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements the finders made whose speaker shows they are none: a question put to "you" ("Do you support
 * Lee?", "Would you vote for her?") asks for a view instead of reporting one; a "that" as speaker ("an ad that
 * urges voters to ...", "a plan that calls for ...") mostly stands for a thing described (as does "what"), or was picked up
 * the tree from a clause that has no speaker (PolNeAR: a quarter of such statements right on train); a verb
 * in lower case as the speaker's head ("helped found the group", "declined to say") is a misparse that names
 * nobody (capitalised ones may be surnames the tagger took for verbs: "Shook said"); a cue that is what
 * someone helped do ("helped underscore that ...", "to help defend the state") is a deed, not words; a participle
 * describing the noun after it ("20 pledged delegates") says nothing, nor does holding a rally. Dropped
 * before nested statements are resolved, so they swallow nothing.
 */
final class NotAStatement {
    /** Pronouns standing for things said or described, not for who says them ("what worries voters is ..."). */
    private static final Set<String> THING_PRONOUNS = Set.of("that", "what");
    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'”’)\\s]*$");

    private NotAStatement() {
    }

    static void dropFrom(String text, List<Attribution> all) {
        all.removeIf(a -> is(text, a));
    }

    static boolean is(String text, Attribution a) {
        if (a.speakerSentence == null || a.speakerHead < 0) {
            return false;
        }
        Token speaker = a.speakerSentence.token(a.speakerHead);
        return lower(speaker).equals("you") && isQuestion(text, a.speakerSentence) || THING_PRONOUNS.contains(lower(speaker))
                || speaker.isVerb() && Character.isLowerCase(speaker.word().charAt(0))
                || isHelpedDeed(a.speakerSentence, a.cueBegin)
                || PrenominalParticiple.isCue(a.speakerSentence, a.cueBegin)
                || HeldEvent.isCue(a.speakerSentence, a.cueBegin)
                || PurposeInfinitive.isCue(a.speakerSentence, a.cueBegin, a.speakerHead)
                || FoundOneself.isCue(a.speakerSentence, a.cueBegin)
                || ExpletiveIt.isCue(a.speakerSentence, a.cueBegin, a.speakerHead)
                || AnonymityReason.isCue(a.speakerSentence, a.cueBegin);
    }

    private static boolean isHelpedDeed(Sentence s, int cueBegin) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        int governor = cue < 0 ? -1 : Parse.governor(s, cue);
        return governor >= 0 && Parse.relation(s, cue).equals("xcomp")
                && s.token(governor).lemma().toLowerCase(Locale.ROOT).equals("help");
    }

    private static boolean isQuestion(String text, Sentence s) {
        return QUESTION_END.matcher(text.substring(s.begin(), Math.min(text.length(), s.end()))).find();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
