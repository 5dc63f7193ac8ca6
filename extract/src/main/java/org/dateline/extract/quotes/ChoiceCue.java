package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Whom someone put forward: {@code The governor nominated Ruth Okafor}, {@code Lee named Dan Pryce as her deputy}.
 * PolNeAR counts such a choice as a statement of the one choosing, with the one chosen as its content. Only an
 * active verb with its own subject and a named object counts: "nominating contests", "the unelectable" and
 * "was nominated for an award" are no one's choice of a person.
 */
final class ChoiceCue {
    /** Verbs of choosing a person for a post ("named Dan Pryce as her deputy", "appointed", "picked", "chose"). */
    private static final Set<String> CHOOSING_VERBS = Set.of("nominate", "name", "appoint", "pick", "choose", "select");

    private ChoiceCue() {
    }

    /** The statement of a verb of choosing, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        if (!CHOOSING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || !verb.pos().startsWith("VB")
                || Parse.hasChild(s, v, "nsubj:pass") || Parse.hasChild(s, v, "aux:pass")
                || Parse.relation(s, v).equals("acl")) {
            return false; // "a cleric named Ali Demir": a participle that names, no one choosing
        }
        int chosen = Parse.child(s, v, "obj");
        int post = chosen > v && !isNamed(s.token(chosen)) ? postGiven(s, v, chosen) : -1;
        if (chosen < v || !isNamed(s.token(chosen)) && post < 0) {
            return false;
        }
        int subject = CueSpeaker.speakerOf(s, v, quotes);
        if (subject < 0 || s.token(subject).pos().startsWith("W")
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false; // "a party that is nominating Lee": the relative word is not the one choosing
        }
        int[] range = s.subtreeRange(chosen);
        if (post >= 0) {
            range = new int[] {range[0], Math.max(range[1], s.subtreeRange(post)[1])}; // "named her his deputy"
        }
        return ClauseAttributor.addStatement(text, s, range[0], range[1], new int[] {verb.begin(), verb.end()},
                s, subject, out) != null;
    }

    /**
     * "named her to the court", "appointed him as envoy", "named the aide his deputy": an unnamed or pronoun object
     * is a person chosen when the post follows (an as- or to-phrase, or a predicate); the post's token or -1.
     */
    private static int postGiven(Sentence s, int verb, int chosen) {
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        if (!POST_VERBS.contains(lemma)) {
            return -1; // "picked a fight with", "chose a path to": other verbs of choosing mostly pick things
        }
        for (org.dateline.nlp.Dependency d : s.children(verb)) {
            int post = d.dependent();
            if (post <= chosen) {
                continue;
            }
            if (d.baseRelation().equals("xcomp")) {
                return post;
            }
            String prep = ClauseAttributor.caseWord(s, post).toLowerCase(Locale.ROOT);
            if (d.baseRelation().equals("obl") && (prep.equals("as") || prep.equals("to"))) {
                return post;
            }
        }
        return -1;
    }

    /** Verbs of putting a person into a post, whose object is a person also when unnamed. */
    private static final Set<String> POST_VERBS = Set.of("nominate", "name", "appoint");

    private static boolean isNamed(Token t) {
        return t.pos().startsWith("NNP") || t.ner().equals("PERSON");
    }
}
