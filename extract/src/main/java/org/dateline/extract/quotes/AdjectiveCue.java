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
            Map.entry("dismissive", Set.of("of")), Map.entry("unhappy", Set.of("with", "about")),
            // feelings about something: "voters were frustrated with the delay", "the party is divided on trade"
            Map.entry("frustrated", Set.of("with", "by", "about")), Map.entry("angry", Set.of("about", "at", "with", "over")),
            Map.entry("upset", Set.of("about", "with", "over", "by")), Map.entry("pleased", Set.of("with", "by")),
            Map.entry("happy", Set.of("with", "about")), Map.entry("disappointed", Set.of("with", "in", "by")),
            Map.entry("satisfied", Set.of("with")), Map.entry("dissatisfied", Set.of("with")),
            Map.entry("excited", Set.of("about", "by")), Map.entry("enthusiastic", Set.of("about")),
            Map.entry("comfortable", Set.of("with")), Map.entry("uncomfortable", Set.of("with")),
            Map.entry("divided", Set.of("on", "over")), Map.entry("split", Set.of("on", "over")),
            Map.entry("furious", Set.of("about", "at", "with", "over")), Map.entry("outraged", Set.of("by", "at", "over")),
            Map.entry("alarmed", Set.of("by", "at")), Map.entry("troubled", Set.of("by")),
            Map.entry("encouraged", Set.of("by")), Map.entry("impressed", Set.of("by", "with")),
            Map.entry("grateful", Set.of("for")), Map.entry("doubtful", Set.of("about", "of")),
            Map.entry("suspicious", Set.of("of")), Map.entry("fearful", Set.of("of")),
            Map.entry("nervous", Set.of("about")), Map.entry("anxious", Set.of("about")),
            Map.entry("outspoken", Set.of("about", "on")), Map.entry("vocal", Set.of("about", "on")),
            Map.entry("tired", Set.of("of")), Map.entry("sick", Set.of("of")), Map.entry("fond", Set.of("of")),
            Map.entry("open", Set.of("to")), Map.entry("receptive", Set.of("to")), Map.entry("hostile", Set.of("to")),
            Map.entry("sympathetic", Set.of("to")), Map.entry("resistant", Set.of("to")),
            // more feelings about something, each seen on PolNeAR train: "was delighted by", "are enamored of"
            Map.entry("delighted", Set.of("by", "with")), Map.entry("thrilled", Set.of("with", "by")),
            Map.entry("shocked", Set.of("by", "at")), Map.entry("stunned", Set.of("by")),
            Map.entry("surprised", Set.of("by", "at")), Map.entry("intrigued", Set.of("by")),
            Map.entry("rattled", Set.of("by")), Map.entry("mystified", Set.of("by")), Map.entry("baffled", Set.of("by")),
            Map.entry("angered", Set.of("by", "over")), Map.entry("incensed", Set.of("by", "at", "over")),
            Map.entry("miffed", Set.of("at", "over", "about")), Map.entry("aghast", Set.of("at")),
            Map.entry("dismayed", Set.of("by", "at")), Map.entry("appalled", Set.of("by", "at")),
            Map.entry("disgusted", Set.of("by", "with")), Map.entry("heartened", Set.of("by")),
            Map.entry("enamored", Set.of("of", "with")), Map.entry("infatuated", Set.of("with")),
            Map.entry("appreciative", Set.of("of")), Map.entry("welcoming", Set.of("of")),
            Map.entry("mistrustful", Set.of("of")), Map.entry("distrustful", Set.of("of")),
            Map.entry("leery", Set.of("of", "about")), Map.entry("mindful", Set.of("of")),
            Map.entry("terrified", Set.of("of")), Map.entry("persuaded", Set.of("of")));

    /** Adjectives of wanting or readiness whose infinitive is what the subject means to do: "is eager to debate". */
    private static final Set<String> INFINITIVE_ADJECTIVES = Set.of("eager", "unwilling", "reluctant", "keen",
            "hesitant", "loath", "loth");

    private AdjectiveCue() {
    }

    /** The statement of a copular stance adjective, added to {@code out}; false when there is none. */
    static boolean adjective(String text, Sentence s, Token adjective, List<QuoteMarks.Quoted> quotes,
                             List<Attribution> out) {
        int a = adjective.index();
        String word = adjective.word().toLowerCase(Locale.ROOT);
        boolean infinitive = INFINITIVE_ADJECTIVES.contains(word);
        Set<String> prepositions = infinitive ? ADJECTIVES.getOrDefault(word, Set.of()) : ADJECTIVES.get(word);
        if (prepositions == null || !Parse.hasChild(s, a, "cop") && !Parse.hasChild(s, a, "aux:pass")) {
            return false;
        }
        int subject = Parse.child(s, a, "nsubj"); // also "nsubj:pass" of "they are convinced"
        if (subject < 0 || subject > a || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        int content = -1;
        for (Dependency d : s.children(a)) {
            boolean clause = (d.baseRelation().equals("ccomp") || infinitive && d.baseRelation().equals("xcomp"))
                    && d.dependent() > a;
            boolean phrase = d.baseRelation().equals("obl") && d.dependent() > a
                    && prepositions.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT));
            if (clause || phrase || markedByPreposition(s, d, a, prepositions)) {
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
        return ClauseAttributor.addStatement(text, s, lo, StatementEnd.beforeParticipialCue(s, range)[1],
                new int[] {adjective.begin(), adjective.end()}, s, subject, out) != null;
    }

    /**
     * "are wary of steering the party left", "is worried about what he is stirring up": the adjective's phrase is a
     * clause the parse marks with the preposition (advcl with mark "of"/"about") instead of an oblique.
     */
    private static boolean markedByPreposition(Sentence s, Dependency d, int adjective, Set<String> prepositions) {
        int mark = Parse.child(s, d.dependent(), "mark");
        return d.baseRelation().equals("advcl") && d.dependent() > adjective && mark >= 0
                && prepositions.contains(s.token(mark).word().toLowerCase(Locale.ROOT));
    }
}
