package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Her position has angered some Democrats", "the post resonated with viewers": a verb of stirring feelings whose
 * subject is something said or done. PolNeAR reads it as the reaction of the ones stirred: they are the source, the
 * verb the cue, the subject what they react to. A person or pronoun as subject ("he upset Bush in the primary",
 * "Lee rattled Ortiz") acts rather than being reacted to, and is left alone.
 */
final class StirringVerbCue {
    /** Verbs whose subject stirs a feeling in their object; "resonate" takes the ones stirred by its with-phrase. */
    static final Set<String> VERBS = Set.of("anger", "alarm", "upset", "startle", "infuriate", "outrage", "enrage",
            "frustrate", "worry", "disturb", "trouble", "irritate", "annoy", "offend", "dismay", "rattle", "unsettle",
            "unnerve", "appall", "horrify", "alienate", "antagonize", "irk", "rankle", "delight", "thrill", "resonate");

    private StirringVerbCue() {
    }

    /** The reaction a verb of stirring feelings reports, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        if (!isActiveFiniteStirring(s, verb)) {
            return false;
        }
        int subject = Parse.child(s, v, "nsubj");
        int stirred = stirred(s, v);
        if (subject < 0 || subject > v || stirred < 0 || actsItself(s.token(subject)) || saysSomething(s, subject)
                || ClauseAttributor.insideQuote(quotes, s.token(stirred))) {
            return false;
        }
        int[] range = s.subtreeRange(subject);
        int[] chars = ClauseAttributor.trim(text, s, range[0], range[1]);
        if (chars == null) {
            return false;
        }
        Attribution a = new Attribution(chars[0], chars[1], QuoteKind.INDIRECT);
        a.cue(verb.begin(), verb.end());
        a.speaker(s, stirred, Parse.nounPhrase(s, stirred));
        out.add(a);
        return true;
    }

    /**
     * The verb's object, or the with-phrase of "resonate"; -1 when the ones stirred are not after the verb.
     */
    static int stirred(Sentence s, int verb) {
        int object = Parse.child(s, verb, "obj");
        if (object < 0 && s.token(verb).lemma().equalsIgnoreCase("resonate")) {
            int phrase = Parse.child(s, verb, "obl");
            object = phrase >= 0 && ClauseAttributor.caseWord(s, phrase).equalsIgnoreCase("with") ? phrase : -1;
        }
        return object > verb ? object : -1;
    }

    /**
     * Not passive ("were angered by": the ones stirred are the subject), no bare participle or infinitive ("his
     * ability to offend voters": no reaction took place), not an all-caps headline.
     */
    private static boolean isActiveFiniteStirring(Sentence s, Token verb) {
        int v = verb.index();
        boolean bare = (verb.pos().equals("VBN") || verb.pos().equals("VBG")) && !Parse.hasChild(s, v, "aux");
        return verb.isVerb() && VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) && !bare
                && !Parse.hasChild(s, v, "aux:pass") && !Parse.hasChild(s, v, "nsubj:pass")
                && !Parse.hasChild(s, v, "mark") && !verb.word().equals(verb.word().toUpperCase(Locale.ROOT));
    }

    /**
     * "Ortiz's claim that the bridge is unsafe angered the engineers": a noun with a clause of its own holds what its
     * possessor said, and that statement stands, whoever it angered; only a bare act or view ("Lee's attacks on
     * Ortiz", "her position") is what the stirred ones react to.
     */
    static boolean saysSomething(Sentence s, int noun) {
        return Parse.child(s, noun, "acl", "ccomp") >= 0;
    }

    /** A person, group or pronoun as subject does something to the object rather than being reacted to. */
    private static boolean actsItself(Token subject) {
        return Parse.isPronoun(subject) || subject.pos().startsWith("W") || subject.pos().equals("DT")
                || SpeakerResolver.namesSomeone(subject);
    }
}
