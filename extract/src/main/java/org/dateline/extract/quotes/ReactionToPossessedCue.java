package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "The senator rescinded her endorsement of Lee", "the university rebutted Exxon's accusation that ...": a noun
 * cue whose possessor was taken for the speaker, while the noun phrase is the object of another verb with a
 * person for its subject. PolNeAR marks the outer verb's subject as the source (the one who rescinds, rebuts,
 * celebrates what the possessor said), so the speaker moves there; the content stays what the noun holds.
 */
final class ReactionToPossessedCue {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "who", "him",
            "them", "us", "me");

    /**
     * Prepositions by which a verb takes what it answers or reacts to ("responded to Lee's request", "went after
     * him over his refusal", "faulted her for her suggestion"); not those of circumstance ("despite his dislike",
     * "in her view", "with his complaints"), after which the possessor is mostly the source.
     */
    private static final Set<String> REACTION_PREPOSITIONS = Set.of("to", "over", "for");

    private ReactionToPossessedCue() {
    }

    static void moveSpeakers(List<Attribution> attributions, List<QuoteMarks.Quoted> quotes) {
        PossessedNounCue.moveSpeakers(attributions, (s, noun, possessor) -> outerSpeaker(s, noun, possessor, quotes));
    }

    /**
     * The subject of the verb taking {@code noun} after it as its object (or reacting to it) when {@code possessor}
     * holds the noun and that subject names a person; -1 otherwise.
     */
    static int outerSpeaker(Sentence s, int noun, int possessor, List<QuoteMarks.Quoted> quotes) {
        if (!s.token(noun).isNoun() || Parse.child(s, noun, "nmod:poss") != possessor || !isReactedTo(s, noun)) {
            return -1;
        }
        int verb = Parse.governor(s, noun);
        if (verb < 0 || verb > noun || !s.token(verb).isVerb()) {
            return -1; // "For her testimony, she earns ...": a phrase before its verb is a circumstance
        }
        int subject = CueSpeaker.speakerOf(s, verb, quotes);
        return subject >= 0 && subject != possessor && isPersonLike(s, subject)
                && !ClauseAttributor.insideQuote(quotes, s.token(subject)) ? subject : -1;
    }

    /** The verb's object, or its prepositional phrase of what it reacts to. */
    private static boolean isReactedTo(Sentence s, int noun) {
        String relation = Parse.relation(s, noun);
        return relation.equals("obj") || relation.startsWith("obl")
                && REACTION_PREPOSITIONS.contains(ClauseAttributor.caseWord(s, noun).toLowerCase(Locale.ROOT));
    }

    private static boolean isPersonLike(Sentence s, int token) {
        return s.token(token).isNoun() && SpeakerResolver.namesSomeone(s.token(token))
                || PERSON_PRONOUNS.contains(s.token(token).word().toLowerCase(Locale.ROOT));
    }
}
