package org.dateline.extract.quotes;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/** The speaker among a subject and its apposition. */
final class AppositionSpeaker {
    private AppositionSpeaker() {
    }

    /**
     * The apposition of {@code subject} that names the speaker of {@code verb}, else {@code subject}: in "The plan,
     * an inside source said, is ..." the parse takes the cue's real subject for an apposition of the topic before
     * it (no comma between it and the cue); in "The head of the group, Ann Lee, praised ..." a person's name
     * apposed to a common noun is who spoke.
     */
    static int of(Sentence s, int subject, int verb) {
        if (subject < 0 || subject > verb) {
            return subject;
        }
        for (Dependency d : s.children(subject)) {
            int a = d.dependent();
            if (!d.baseRelation().equals("appos") || a > verb) {
                continue;
            }
            int end = s.subtreeRange(a)[1];
            if (end < verb && onlyAdverbsBetween(s, end, verb) && !Parse.isPunct(s.token(end)) && hasComma(s, subject, a)) {
                return a; // "Trump, Sexton said, has created ..."
            }
            if (!s.token(subject).isProperNoun() && s.token(subject).isNoun() && s.token(a).isProperNoun()
                    && "PERSON".equals(s.token(a).ner())) {
                return a; // "The head of the group, Ann Lee, praised"
            }
            if (isCountWord(s, subject) && s.token(a).isNoun()) {
                return a; // "One of the men, Ben Ortiz, said", "One after another, the firms declared"
            }
        }
        return subject;
    }

    /**
     * A number or adjective standing for a noun ("one of the men", "a third", "one after another"): it names no one,
     * so the noun apposed to it says who.
     */
    private static boolean isCountWord(Sentence s, int token) {
        String pos = s.token(token).pos();
        return pos.equals("CD") || pos.startsWith("JJ");
    }

    private static boolean onlyAdverbsBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!s.token(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasComma(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
