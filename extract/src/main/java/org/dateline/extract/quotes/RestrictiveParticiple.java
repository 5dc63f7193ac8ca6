package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "money from groups supporting Lee", "gave to a committee backing Ortiz": a participle joined without a comma to
 * a noun naming people tells which of them are meant, so they are the ones who support or back, not the subject
 * of the verb that takes the noun. A thing ("issued a statement saying ...") is still the verb subject's, and
 * after a comma ("attacked Berg, calling him ...") the participle is an aside of that verb's subject, as it is
 * after the people a verb of saying addresses ("emailed supporters saying ...", "wrote to leaders opposing ...").
 */
final class RestrictiveParticiple {
    /** Nouns of groups of people, besides the persons of {@link SpeakerResolver#PERSON_NOUNS}. */
    private static final Set<String> GROUPS = Set.of("group", "committee", "organization", "coalition", "pac",
            "campaign", "party", "people", "citizen", "scholar", "pastor", "donor", "other", "protester", "resident",
            "union", "association", "lobby");

    private RestrictiveParticiple() {
    }

    /** Whether participle {@code verb} follows its {@code noun} with no comma or dash between. */
    static boolean restricts(Sentence s, int noun, int verb) {
        if (noun < 0 || noun >= verb || !s.token(verb).pos().equals("VBG") || !namesPeople(s, noun)
                || isAddressee(s, noun)) {
            return false;
        }
        for (int i = noun + 1; i < verb; i++) {
            String w = s.token(i).word();
            if (w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(":") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    /** "emailed supporters saying", "sent a letter to Senate leaders opposing": people addressed do not speak here. */
    private static boolean isAddressee(Sentence s, int noun) {
        int verb = Parse.governor(s, noun);
        return Parse.relation(s, noun).equals("obj") && verb >= 0 && CueLexicon.isSpeechVerb(s.token(verb).lemma())
                || ClauseAttributor.caseWord(s, noun).equalsIgnoreCase("to") && !isRecipient(s, noun);
    }

    /** Verbs whose "to" phrase is who receives something, not who is spoken to. */
    private static final Set<String> GIVING = Set.of("give", "donate", "hand", "contribute", "pay", "lend", "funnel",
            "steer", "transfer");

    /**
     * "gave $10 million to a group backing Ortiz", "handed money to a committee opposing Lee": a "to" phrase of a
     * verb of giving, directly or through the amount it hangs on, names who receives; those people still back or
     * oppose themselves.
     */
    private static boolean isRecipient(Sentence s, int noun) {
        int n = noun;
        for (int steps = 0; steps < 3 && Parse.relation(s, n).startsWith("nmod"); steps++) {
            n = Parse.governor(s, n);
        }
        int verb = Parse.governor(s, n);
        return verb >= 0 && s.token(verb).isVerb() && GIVING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean namesPeople(Sentence s, int noun) {
        return namesPeopleItself(s, noun) || standsForPeople(s, noun)
                || isShareOfPeople(s, noun);
    }

    private static boolean namesPeopleItself(Sentence s, int noun) {
        return SpeakerResolver.namesSomeone(s.token(noun))
                || GROUPS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT));
    }

    /** "among those describing themselves as moderate": pronouns that stand for people when a participle follows. */
    private static final Set<String> PEOPLE_PRONOUNS = Set.of("those", "anyone", "everyone", "someone");

    /** Whether {@code token} is a pronoun like "those" that a participle can follow as a noun for people. */
    static boolean standsForPeople(Sentence s, int token) {
        return PEOPLE_PRONOUNS.contains(s.token(token).word().toLowerCase(Locale.ROOT));
    }

    /** Nouns of a part or a number of something: the people are named in their "of" phrase. */
    private static final Set<String> SHARES = Set.of("percent", "share", "majority", "minority", "plurality", "half",
            "third", "quarter", "proportion", "number", "handful", "dozen");

    /** "with 30 percent of voters saying ...", "a majority of donors backing ...": a share of people. */
    private static boolean isShareOfPeople(Sentence s, int noun) {
        if (!SHARES.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Dependency d : s.children(noun)) {
            if (d.baseRelation().equals("nmod") && ClauseAttributor.caseWord(s, d.dependent()).equalsIgnoreCase("of")
                    && namesPeopleItself(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }
}
