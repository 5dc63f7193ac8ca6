package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements whose content is a prepositional phrase: a verb of speaking or stance with its preposition
 * ({@code talked about the economy}, {@code referring to the ban}, {@code called for a recount}) and a
 * noun of speaking or stance ({@code Trump's criticism of the deal}, {@code his remarks about Iran}).
 * Only kept when a speaker is found: the verb's subject, the noun's possessor, or the subject of the
 * verb the noun is the object of ({@code voiced support for the plan}).
 */
final class PrepositionalCue {
    private static final Map<String, Set<String>> VERBS = Map.ofEntries(
            Map.entry("about", Set.of("talk", "speak", "ask", "worry", "think", "write", "tweet", "complain", "joke",
                    "testify", "boast", "brag", "warn", "lie", "speculate", "wonder", "inquire", "argue", "rave",
                    "muse", "comment", "care", "question", "blog", "post", "open")),
            Map.entry("to", Set.of("refer", "point", "respond", "reply", "allude", "object", "answer", "acquiesce")),
            Map.entry("for", Set.of("call", "vote", "push", "advocate", "press", "lobby", "argue", "plead", "vouch",
                    "ask", "root", "clamor", "pray", "appeal", "campaign", "fight", "stump", "rally", "cheer")),
            Map.entry("with", Set.of("side", "agree", "disagree", "sympathize", "sympathise", "clash", "spar",
                    "quarrel")),
            Map.entry("at", Set.of("lash", "swipe", "jab", "hit", "poke", "aim", "scoff", "sneer", "laugh", "rail",
                    "fire")),
            Map.entry("on", Set.of("comment", "focus", "touch", "weigh", "remark", "elaborate", "agree", "disagree",
                    "reflect", "insist", "testify", "report", "harp", "dwell", "call", "zero")),
            Map.entry("of", Set.of("think", "speak", "warn", "complain", "approve", "disapprove", "boast", "talk",
                    "dream")),
            Map.entry("against", Set.of("argue", "warn", "speak", "vote", "rail", "testify", "lobby", "caution",
                    "push", "fight", "campaign", "protest", "rant", "inveigh")),
            // "stood by his remarks", "distanced herself from the plan", "sparred over the levy", "believes in"
            Map.entry("by", Set.of("stand")),
            Map.entry("from", Set.of("distance")),
            Map.entry("over", Set.of("spar")),
            Map.entry("in", Set.of("believe")));

    /** True when {@code verb} with {@code preposition} is a cue of its own ("voted for", "talked about"). */
    static boolean verbTakes(String verb, String preposition) {
        return VERBS.getOrDefault(preposition.toLowerCase(Locale.ROOT), Set.of()).contains(verb.toLowerCase(Locale.ROOT));
    }

    private static final Map<String, Set<String>> NOUNS = Map.ofEntries(
            Map.entry("about", Set.of("question", "comment", "remark", "concern", "worry", "doubt", "statement",
                    "word", "talk", "conversation", "message", "claim", "complaint", "warning", "joke", "lie",
                    "thought", "view", "illusion", "qualm", "reservation", "misgiving")),
            Map.entry("of", Set.of("criticism", "endorsement", "support", "critique", "defense", "defence",
                    "rejection", "accusation", "mention", "view", "praise", "opinion", "condemnation", "denunciation",
                    "embrace", "description", "characterization", "portrayal", "dismissal", "approval", "disapproval",
                    "supporter", "proponent", "critic", "opponent", "champion", "assessment", "announcement",
                    // "a dogged defender of the law", "his declaration of victory", "her diagnosis of the economy"
                    "defender", "backer", "booster", "fan", "architect", "declaration", "promise", "message",
                    "interpretation", "diagnosis", "disclosure")),
            Map.entry("for", Set.of("support", "call", "praise", "request", "proposal", "push", "plea", "demand",
                    "case", "enthusiasm", "preference", "argument", "backing", "vote", "advocate", "campaigner",
                    "advocacy", "passion", "affection", "dislike", "revulsion")),
            Map.entry("at", Set.of("swipe", "shot", "jab", "dig", "potshot", "aim", "offense", "offence", "umbrage")),
            Map.entry("against", Set.of("attack", "case", "warning", "argument", "criticism", "stance", "turn",
                    "broadside", "rant", "protest")),
            Map.entry("with", Set.of("disagreement", "frustration")),
            Map.entry("toward", Set.of("tone", "policy")),
            Map.entry("towards", Set.of("tone", "policy")),
            Map.entry("over", Set.of("shrug", "dispute")),
            Map.entry("to", Set.of("opposition", "response", "reference", "reply", "objection", "tribute", "answer",
                    "hostility")),
            Map.entry("on", Set.of("attack", "position", "stance", "view", "comment", "criticism", "opinion",
                    "thought", "remark", "take", "ruling", "testimony", "equivocation")));

    private PrepositionalCue() {
    }

    /** The statement of a verb and its preposition, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        for (Dependency d : s.children(v)) {
            boolean obl = d.baseRelation().equals("obl");
            // "calling for the coalition to act" is parsed as a clause marked by "for"
            boolean markedClause = d.baseRelation().equals("advcl") && Parse.hasChild(s, d.dependent(), "mark");
            if (!obl && !markedClause || d.dependent() < v) {
                continue;
            }
            String prep = (obl ? ClauseAttributor.caseWord(s, d.dependent())
                    : s.token(Parse.child(s, d.dependent(), "mark")).word()).toLowerCase(Locale.ROOT);
            Set<String> verbs = VERBS.get(prep);
            if (verbs == null || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int subject = CueSpeaker.speakerOf(s, v, quotes);
            return subject >= 0 && add(text, s, d.dependent(), infinitiveAfter(s, v, d.dependent()), verb, subject, out);
        }
        return false;
    }

    /** The statement of a noun and its preposition, added to {@code out}; false when there is none. */
    static boolean noun(String text, Sentence s, Token noun, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int n = noun.index();
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        for (Dependency d : s.children(n)) {
            if (!d.baseRelation().equals("nmod") || d.relation().equals("nmod:poss") || d.dependent() < n) {
                continue;
            }
            String prep = ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT);
            Set<String> nouns = NOUNS.get(prep);
            if (nouns == null || !nouns.contains(lemma)) {
                continue;
            }
            if (RESPONSES.contains(lemma) && opensWithIn(s, n) || givenBy(s, n, prep)) {
                return false;
            }
            int speaker = nounSpeaker(s, n);
            if (speaker < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker))) {
                return false;
            }
            return add(text, s, d.dependent(), -1, noun, speaker, out);
        }
        return false;
    }

    /** Reactions whose of-phrase names who reacts ("the support of women") unless someone's own ("her support of"). */
    private static final Set<String> GIVEN = Set.of("support", "backing", "endorsement", "approval", "praise");

    /**
     * "In response to the filings, the lawyers ...", "said in reply to a question": the circumstance of what
     * follows, not a statement of its own.
     */
    private static final Set<String> RESPONSES = Set.of("response", "reply", "answer");

    private static boolean opensWithIn(Sentence s, int noun) {
        int c = Parse.child(s, noun, "case");
        return c >= 0 && s.token(c).word().equalsIgnoreCase("in");
    }

    /**
     * "Clinton has the support of women", "won the backing of the unions": the of-phrase is who gives the
     * reaction, not what it is about; "her support of the bill" (a possessor) and "in support of" say what.
     */
    private static boolean givenBy(Sentence s, int noun, String preposition) {
        return preposition.equals("of") && GIVEN.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && !Parse.hasChild(s, noun, "nmod:poss") && !opensWithIn(s, noun);
    }

    /** True when {@code noun} has a phrase with a preposition of saying of its own ("remarks about Iran"). */
    static boolean framesStatement(Sentence s, int noun) {
        String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
        for (Dependency d : s.children(noun)) {
            if (d.baseRelation().equals("nmod") && !d.relation().equals("nmod:poss") && d.dependent() > noun
                    && NOUNS.getOrDefault(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT), Set.of())
                    .contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Trump's criticism", "his remarks"; else the subject of the verb taking the noun as object. "Lee stepped up her
     * attacks on": the verb's subject, which a possessive pronoun only repeats, names the speaker.
     */
    private static int nounSpeaker(Sentence s, int noun) {
        int poss = Parse.child(s, noun, "nmod:poss");
        String relation = Parse.relation(s, noun);
        int verb = relation.equals("obj") || relation.startsWith("obl") ? Parse.governor(s, noun) : -1;
        int doer = verb < 0 || !s.token(verb).isVerb() ? -1 : CueSpeaker.subject(s, verb, 0);
        if (poss >= 0) {
            boolean repeated = doer >= 0 && doer < poss && repeats(s.token(poss), s.token(doer))
                    && !Parse.hasChild(s, doer, "nmod:poss"); // "Lee's aversion ... his opposition to": two holders
            return repeated ? doer : poss;
        }
        if (verb >= 0) {
            return doer; // "voiced support for", "came out in support of", "took swipes at"
        }
        if (Parse.hasChild(s, noun, "cop")) {
            int subject = Parse.child(s, noun, "nsubj"); // "Lee is a fierce critic of the plan"
            return subject >= 0 && subject < noun ? subject : -1;
        }
        return -1;
    }

    private static final java.util.Map<String, String> POSSESSIVE_OF = java.util.Map.of("his", "he", "her", "she",
            "their", "they", "its", "it", "my", "i", "our", "we");

    /** A possessive pronoun that can stand for the subject: "she ... her", "Lee ... her", "the group ... its". */
    private static boolean repeats(Token possessive, Token subject) {
        String personal = POSSESSIVE_OF.get(possessive.word().toLowerCase(java.util.Locale.ROOT));
        if (personal == null || !possessive.pos().equals("PRP$")) {
            return false;
        }
        return subject.pos().equals("PRP") ? subject.word().toLowerCase(java.util.Locale.ROOT).equals(personal)
                : subject.isNoun() && !personal.equals("i") && !personal.equals("we");
    }

    /**
     * "called on the party to unite", "is calling for the coalition to act": the infinitive the parser hung
     * on the verb right after its prepositional object belongs to the statement; -1 when there is none.
     */
    private static int infinitiveAfter(Sentence s, int verb, int object) {
        int xcomp = Parse.child(s, verb, "xcomp");
        return xcomp > s.subtreeRange(object)[1] ? s.subtreeRange(xcomp)[1] : -1;
    }

    private static boolean add(String text, Sentence s, int object, int extendTo, Token cue, int speaker,
                               List<Attribution> out) {
        int[] range = s.subtreeRange(object);
        if (extendTo > range[1]) {
            range = new int[] {range[0], extendTo};
        }
        range = StatementEnd.beforeParticipialCue(s, range); // "called for X, saying ...": two statements
        int lo = range[0];
        while (lo < object && s.token(lo).pos().equals("IN") || lo < object && s.token(lo).pos().equals("TO")) {
            lo++; // the preposition belongs to the cue
        }
        return ClauseAttributor.addStatement(text, s, lo, range[1], new int[] {cue.begin(), cue.end()}, s, speaker, out) != null;
    }
}
