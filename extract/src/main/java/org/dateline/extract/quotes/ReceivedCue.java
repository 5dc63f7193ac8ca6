package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements told from the side of the one they are about: {@code the plan drew sharp criticism from
 * both parties}, {@code Cruz won the endorsement of the governor}. The one who criticized or endorsed is
 * named in the from-phrase (or the of-phrase of the reaction); the statement is about the subject. Only
 * kept when that source is named.
 */
final class ReceivedCue {
    /** Verbs of receiving a reaction. */
    private static final Set<String> VERBS = Set.of("draw", "receive", "win", "earn", "garner", "attract", "get",
            "face", "gain", "court", "collect", "secure", "land", "pick");
    /** Reactions that are something said or held about the subject. */
    private static final Set<String> REACTIONS = Set.of("criticism", "praise", "support", "endorsement", "backing",
            "fire", "ire", "scorn", "condemnation", "rebuke", "applause", "cheer", "boo", "complaint", "protest",
            "objection", "approval", "attack", "question", "warning", "blowback", "backlash", "derision", "ridicule",
            "acclaim", "plaudit", "accolade", "rebuttal", "denunciation", "censure", "reproach", "nod", "blessing",
            "vote", "endorsment", "admiration", "sympathy", "skepticism", "scrutiny", "pushback", "outrage", "wrath");

    private ReceivedCue() {
    }

    /** The statement of a verb of receiving a reaction, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        if (!VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int reaction = Parse.child(s, v, "obj");
        int subject = Parse.child(s, v, "nsubj");
        if (reaction < v || subject < 0 || subject > v
                || !REACTIONS.contains(s.token(reaction).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int source = source(s, v, reaction);
        if (source < 0 || ClauseAttributor.insideQuote(quotes, s.token(source))
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        int[] range = s.subtreeRange(subject);
        int[] chars = ClauseAttributor.trim(text, s, range[0], range[1]);
        if (chars == null) {
            return false;
        }
        Attribution a = new Attribution(chars[0], chars[1], QuoteKind.INDIRECT);
        a.cue(verb.begin(), s.token(reaction).end());
        a.speaker(s, source, Parse.nounPhrase(s, source));
        out.add(a);
        return true;
    }

    /**
     * "drew fire from X" (the verb's from-phrase), "won the backing of X" (the reaction's of- or from-phrase),
     * "drew Trump's scorn" (its possessor); -1 when the source is not named.
     */
    private static int source(Sentence s, int verb, int reaction) {
        for (Dependency d : s.children(verb)) {
            if (d.baseRelation().equals("obl") && d.dependent() > reaction
                    && "from".equalsIgnoreCase(ClauseAttributor.caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        for (Dependency d : s.children(reaction)) {
            String prep = ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT);
            if (d.baseRelation().equals("nmod") && d.dependent() > reaction && (prep.equals("of") || prep.equals("from"))) {
                return d.dependent();
            }
        }
        int possessor = Parse.child(s, reaction, "nmod:poss"); // "drew Trump's scorn"; "his first endorsement" is the subject's
        return possessor >= 0 && !s.token(possessor).pos().equals("PRP$") ? possessor : -1;
    }
}
