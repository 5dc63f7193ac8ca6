package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Sen. Ann Ortiz said she doubted the count, arguing that ...": the parse hangs the participle on the reported
 * clause, so its subject "she" looks like the speaker; the participle goes on with what the reporting cue's
 * statement says, and that statement's named speaker is its speaker too.
 */
final class OuterSpeaker {

    private OuterSpeaker() {
    }

    static void fromReportingStatement(List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (!a.hasSpeaker() || !a.hasCue() || a.speakerSentence == null) {
                continue;
            }
            Sentence s = a.speakerSentence;
            int cue = Parse.tokenAt(s, a.cueBegin);
            if (cue < 0 || !s.token(cue).pos().equals("VBG")) {
                continue;
            }
            int outer = reportingCue(s, a.speakerHead);
            Attribution reported = outer < 0 ? null : statementOf(attributions, s.token(outer).begin());
            if (reported != null && reported != a && reported.hasSpeaker() && reported.speakerSentence != null
                    && !Parse.isPronoun(reported.speakerSentence.token(reported.speakerHead))) {
                a.speakerFrom(reported);
            }
        }
    }

    private static Attribution statementOf(List<Attribution> attributions, int cueBegin) {
        for (Attribution a : attributions) {
            if (a.cueBegin == cueBegin) {
                return a;
            }
        }
        return null;
    }

    /** The cue of saying whose reported clause has pronoun {@code subject} as its subject, or -1. */
    static int reportingCue(Sentence s, int subject) {
        Token t = s.token(subject);
        if (!t.pos().equals("PRP") || !Parse.THIRD_PERSON_SUBJECTS.contains(t.word().toLowerCase(Locale.ROOT))
                || !Parse.relation(s, subject).equals("nsubj")) {
            return -1;
        }
        int clause = Parse.governor(s, subject);
        if (clause < 0 || !Parse.relation(s, clause).equals("ccomp")) {
            return -1;
        }
        int cue = Parse.governor(s, clause);
        if (cue < 0 || !CueLexicon.isSpeechVerb(s.token(cue).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return cue;
    }
}
