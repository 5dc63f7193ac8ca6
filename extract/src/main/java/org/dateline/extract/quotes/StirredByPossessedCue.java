package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import org.dateline.nlp.Sentence;

/**
 * "Lee's attacks on Ortiz alarmed her supporters", "his views on trade have upset members of his party": a noun cue
 * whose possessor was taken for the speaker, while the noun phrase is the subject of a verb of stirring feelings.
 * PolNeAR marks the ones stirred (the verb's object, or its with-phrase for "resonated with") as the source and the
 * verb as the cue: the statement is their reaction. The speaker moves to them; the content (inside the noun phrase)
 * still overlaps what PolNeAR marks, the whole subject.
 */
final class StirredByPossessedCue {
    private StirredByPossessedCue() {
    }

    static void moveSpeakers(List<Attribution> attributions, List<QuoteMarks.Quoted> quotes) {
        PossessedNounCue.moveSpeakers(attributions, (s, noun, possessor) -> {
            int stirred = stirred(s, noun, possessor);
            return stirred >= 0 && !ClauseAttributor.insideQuote(quotes, s.token(stirred)) ? stirred : -1;
        });
    }

    /**
     * The ones in whom the verb taking {@code noun} as its subject stirs a feeling, when {@code possessor} holds the
     * noun; -1 otherwise.
     */
    static int stirred(Sentence s, int noun, int possessor) {
        if (!s.token(noun).isNoun() || Parse.child(s, noun, "nmod:poss") != possessor
                || !Parse.relation(s, noun).startsWith("nsubj") || StirringVerbCue.saysSomething(s, noun)) {
            return -1;
        }
        int verb = Parse.governor(s, noun);
        if (verb < 0 || !s.token(verb).isVerb()
                || !StirringVerbCue.VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int stirred = StirringVerbCue.stirred(s, verb);
        return stirred != possessor ? stirred : -1;
    }

}
