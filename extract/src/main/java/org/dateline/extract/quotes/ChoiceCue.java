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
        if (chosen < v || !isNamed(s.token(chosen))) {
            return false;
        }
        int subject = ClauseAttributor.speakerOf(s, v, quotes);
        if (subject < 0 || s.token(subject).pos().startsWith("W")
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false; // "a party that is nominating Lee": the relative word is not the one choosing
        }
        int[] range = s.subtreeRange(chosen);
        return ClauseAttributor.addStatement(text, s, range[0], range[1], new int[] {verb.begin(), verb.end()},
                s, subject, out) != null;
    }

    private static boolean isNamed(Token t) {
        return t.pos().startsWith("NNP") || t.ner().equals("PERSON");
    }
}
