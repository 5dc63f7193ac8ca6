package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code The campaign released a new ad}, {@code Lee unveiled a list of advisers}, {@code the party released
 * details of the plan}: releasing something that carries words (an ad, a list, details, findings, excerpts) is a
 * statement of whoever releases it, the object being the content. Only with such an object: "released the
 * hostages", "released his tax returns" or "unveiled a statue" say nothing. Active voice, with the releaser as
 * subject before the verb. Videos are left out: mostly footage ("police released video of the shooting").
 */
final class ReleasedContentCue {
    private static final Set<String> VERBS = Set.of("release", "unveil");
    /** Heads of objects that carry words; "slew", "amount" and "series" head "a slew of ads", "the amount raised". */
    private static final Set<String> CONTENT = Set.of("ad", "advertisement", "spot", "commercial", "robocall",
            "list", "detail", "finding", "excerpt", "transcript", "memo", "email", "e-mail", "summary", "poll", "survey",
            "slew", "amount", "series");

    private static final Set<String> DASHES = Set.of("--", "-", "\u2013", "\u2014");

    private ReleasedContentCue() {
    }

    /** The statement of a release of words named by {@code verb}, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        if (!verb.pos().startsWith("VB") || !VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                || Parse.hasChild(s, v, "nsubj:pass") || Parse.hasChild(s, v, "aux:pass")
                || Parse.relation(s, v).equals("acl") || Parse.relation(s, v).equals("amod")) {
            return false;
        }
        int obj = Parse.child(s, v, "obj");
        int subject = Parse.child(s, v, "nsubj");
        if (obj <= v || subject < 0 || subject > v || !CONTENT.contains(s.token(obj).lemma().toLowerCase(Locale.ROOT))
                || s.token(subject).pos().startsWith("W") || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false; // "the ad that the campaign released": the relative word is no releaser
        }
        int[] range = s.subtreeRange(obj);
        for (int child = obj + 1; child < s.tokens().size(); child++) {
            if (Parse.governor(s, child) == v && s.token(child).pos().equals("VBG")) {
                range = new int[] {range[0], s.subtreeRange(child)[1]}; // "released an ad this week showing Lee ..."
            }
        }
        for (int i = obj + 1; i <= range[1]; i++) {
            if (DASHES.contains(s.token(i).word())) {
                range = new int[] {range[0], i - 1}; // "a list of 95 generals -- most of whom had ... --": an aside
                break;
            }
        }
        return ClauseAttributor.addStatement(text, s, range[0], range[1], new int[] {verb.begin(), verb.end()},
                s, subject, out) != null;
    }
}
