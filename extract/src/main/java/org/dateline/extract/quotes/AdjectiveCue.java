package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements of a stance told by an adjective after a copula: {@code Republicans have been critical of
 * the deal}, {@code she was confident that the vote would pass}. The subject holds the view; the
 * clause, or the phrase after the adjective's own preposition, is what the view is about. Only kept when
 * the subject is there.
 */
final class AdjectiveCue {
    /** Adjective to the prepositions that introduce its object; every one of them also takes a that-clause. */
    private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
            Map.entry("critical", Set.of("of")), Map.entry("skeptical", Set.of("of", "about")),
            Map.entry("sceptical", Set.of("of", "about")), Map.entry("supportive", Set.of("of")),
            Map.entry("confident", Set.of("of", "in", "about")), Map.entry("sure", Set.of("of", "about")),
            Map.entry("aware", Set.of("of")), Map.entry("convinced", Set.of("of")), Map.entry("certain", Set.of("of")),
            Map.entry("worried", Set.of("about")), Map.entry("concerned", Set.of("about")),
            Map.entry("optimistic", Set.of("about")), Map.entry("pessimistic", Set.of("about")),
            Map.entry("hopeful", Set.of("about")), Map.entry("adamant", Set.of()), Map.entry("afraid", Set.of("of")),
            Map.entry("proud", Set.of("of")), Map.entry("opposed", Set.of("to")), Map.entry("wary", Set.of("of")),
            Map.entry("dismissive", Set.of("of")), Map.entry("unhappy", Set.of("with", "about")));

    private AdjectiveCue() {
    }

    /** The statement of a copular stance adjective, added to {@code out}; false when there is none. */
    static boolean adjective(String text, Sentence s, Token adjective, List<QuoteMarks.Quoted> quotes,
                             List<Attribution> out) {
        int a = adjective.index();
        Set<String> prepositions = ADJECTIVES.get(adjective.word().toLowerCase(Locale.ROOT));
        if (prepositions == null || !Parse.hasChild(s, a, "cop") && !Parse.hasChild(s, a, "aux:pass")) {
            return false;
        }
        int subject = Parse.child(s, a, "nsubj"); // also "nsubj:pass" of "they are convinced"
        if (subject < 0 || subject > a || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        int content = -1;
        for (Dependency d : s.children(a)) {
            boolean clause = d.baseRelation().equals("ccomp") && d.dependent() > a;
            boolean phrase = d.baseRelation().equals("obl") && d.dependent() > a
                    && prepositions.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT));
            if (clause || phrase) {
                content = d.dependent();
                break;
            }
        }
        if (content < 0) {
            return false;
        }
        int[] range = s.subtreeRange(content);
        int lo = range[0];
        while (lo < content && s.token(lo).pos().equals("IN")) {
            lo++; // the preposition belongs to the cue
        }
        return ClauseAttributor.addStatement(text, s, lo, ClauseAttributor.beforeParticipialCue(s, range)[1],
                new int[] {adjective.begin(), adjective.end()}, s, subject, out) != null;
    }
}
