package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements carried by a verb that means little by itself and a noun that says what was done: {@code made
 * conflicting statements on the levy}, {@code is making a populist argument}, {@code has made no secret of his frustration}
 * (the noun phrase is the statement), and {@code took issue with the ruling}, {@code took a swipe at Lee}
 * (the phrase after the noun's preposition is). The verb's subject is the speaker; without one nothing is
 * kept, and a noun without words of its own ("made the case", "made his comments") points back to words
 * told elsewhere and is none. A noun with a clause of its own ("made the case that ...") is left to {@link NounClauseCue}, one with
 * its own preposition of saying ("made remarks about ...") to {@link PrepositionalCue}.
 */
final class LightVerbCue {
    /** Nouns that are a statement when someone makes them ("made similar comments", "made no secret of"). */
    private static final Set<String> STATEMENT_NOUNS = Set.of("comment", "remark", "statement", "argument", "case",
            "announcement", "suggestion", "prediction", "allegation", "claim", "point", "accusation", "plea", "apology",
            "reference", "admission", "secret", "assertion", "charge", "complaint");

    /** Prepositions by which a noun of saying tells what it says ("statements on the matter"); "to" names the audience. */
    private static final Set<String> ABOUT = Set.of("about", "on", "against", "of", "for", "over", "regarding");

    /** "took issue with", "took a swipe at", "took a stand on": noun to the preposition of what it is about. */
    private static final Map<String, Set<String>> TAKING_NOUNS = Map.ofEntries(
            Map.entry("issue", Set.of("with")), Map.entry("aim", Set.of("at")), Map.entry("shot", Set.of("at")),
            Map.entry("swipe", Set.of("at")), Map.entry("jab", Set.of("at")), Map.entry("potshot", Set.of("at")),
            Map.entry("stand", Set.of("on", "against")), Map.entry("stance", Set.of("on", "against", "about")),
            Map.entry("position", Set.of("on", "against")), Map.entry("exception", Set.of("to")),
            Map.entry("offense", Set.of("at")), Map.entry("offence", Set.of("at")), Map.entry("umbrage", Set.of("at")),
            Map.entry("credit", Set.of("for")));

    private LightVerbCue() {
    }

    /** The statement of a light verb and its noun, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean making = lemma.equals("make");
        boolean taking = lemma.equals("take");
        if (!making && !taking) {
            return false;
        }
        int noun = Parse.child(s, v, "obj");
        if (noun < v || !s.token(noun).isNoun()) {
            return false;
        }
        if (PrepositionalCue.framesStatement(s, noun)) {
            return false; // "took swipes at", "made remarks about": the noun's own cue
        }
        String nounLemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
        int content = -1;
        if (making && STATEMENT_NOUNS.contains(nounLemma) && NounClauseCue.clause(s, noun) < 0
                && saysWhat(s, noun)) {
            content = noun;
        } else if (taking && TAKING_NOUNS.containsKey(nounLemma)) {
            content = phraseAfter(s, v, noun, TAKING_NOUNS.get(nounLemma));
        }
        if (content < 0) {
            return false;
        }
        int subject = CueSpeaker.speakerOf(s, v, quotes);
        if (subject < 0 || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        int[] range = StatementEnd.beforeParticipialCue(s, s.subtreeRange(content));
        int lo = range[0];
        while (lo < content && s.token(lo).pos().equals("IN")) {
            lo++; // the preposition belongs to the cue
        }
        return ClauseAttributor.addStatement(text, s, lo, range[1], new int[] {verb.begin(), s.token(noun).end()},
                s, subject, out) != null;
    }

    /**
     * True when the noun's own words tell something of what was said: an adjective ("conflicting statements"),
     * a participle ("statements affirming ..."), a phrase of its topic ("remarks on the matter") or a negation
     * ("made no secret of"). A bare "made the case" or "made his comments" points back to words told elsewhere.
     */
    private static boolean saysWhat(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            String rel = d.baseRelation();
            String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.dependent() > noun && rel.equals("nmod") && !d.relation().equals("nmod:poss")
                    && ABOUT.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT))
                    || d.dependent() > noun && rel.equals("acl")
                    || rel.equals("amod") && d.dependent() < noun && !word.equals("following") // points ahead
                    || rel.equals("det") && (word.equals("no") || word.equals("little"))) {
                return true;
            }
        }
        return false;
    }

    /** The noun's or the verb's phrase after the noun opened by one of {@code prepositions}; -1 when none. */
    private static int phraseAfter(Sentence s, int verb, int noun, Set<String> prepositions) {
        for (int head : new int[] {noun, verb}) {
            for (Dependency d : s.children(head)) {
                String rel = d.baseRelation();
                if ((rel.equals("nmod") || rel.equals("obl")) && d.dependent() > noun
                        && prepositions.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }
}
