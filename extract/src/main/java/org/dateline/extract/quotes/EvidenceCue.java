package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements framed by where they were found or whose view they are: {@code In the latest poll, Lee
 * leads by 5 points}, {@code Lee is ahead in a new survey} (the poll tells it), and {@code in her view,
 * the plan fails} (the possessor holds it). The clause the phrase belongs to, without the phrase, is the
 * content; the cue is the preposition. Clauses of a verb of saying are left to that verb.
 */
final class EvidenceCue {
    /** Sources that report findings. */
    private static final Set<String> FINDINGS = Set.of("poll", "survey", "study", "analysis", "average", "tally",
            "count", "estimate", "forecast", "projection", "census");
    /** Nouns of a view, held by their possessor: "in his eyes", "in her view". */
    private static final Set<String> VIEWS = Set.of("eyes", "view", "opinion", "mind", "estimation", "judgment",
            "judgement");

    /** Who finds things out by looking into them: "the investigation found reasons to ...". */
    private static final Set<String> INQUIRIES = Set.of("poll", "survey", "study", "analysis", "report", "review",
            "investigation", "inquiry", "probe", "audit", "research", "researcher", "investigator", "court", "judge",
            "jury", "panel", "committee", "test", "experiment");

    private EvidenceCue() {
    }

    /**
     * The object of a bare "find" (or "finding") is a finding only as a judgement ("I find his message chilling")
     * or of an inquiry ("did the investigation find reasons to ..."); "can't find jobs", "to find a way", "find
     * themselves" are not. "found" and "finds" report what someone found ("the poll finds", "leaders found
     * little unity") and stay; true for every other verb.
     */
    static boolean findsSomethingSaid(Sentence s, int verb) {
        Token t = s.token(verb);
        if (!t.lemma().equalsIgnoreCase("find") || !Set.of("VB", "VBP", "VBG").contains(t.pos())) {
            return true;
        }
        if (Parse.child(s, verb, "xcomp") > verb) {
            return true;
        }
        int subject = Parse.child(s, verb, "nsubj");
        return subject >= 0 && INQUIRIES.contains(s.token(subject).lemma().toLowerCase(Locale.ROOT));
    }

    /** The statement framed by {@code noun} as the object of "in", added to {@code out}; false when there is none. */
    static boolean noun(String text, Sentence s, Token noun, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int n = noun.index();
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        // one poll tells its findings; "leads in the polls" is mostly the writer's summary
        boolean finding = FINDINGS.contains(lemma) && noun.pos().equals("NN");
        if (!finding && !VIEWS.contains(lemma) || !"in".equalsIgnoreCase(ClauseAttributor.caseWord(s, n))) {
            return false;
        }
        int source = finding ? n : Parse.child(s, n, "nmod:poss");
        int clause = clauseAbove(s, n);
        if (source < 0 || clause < 0 || CueLexicon.isAnyCue(s.token(clause).lemma())
                || ClauseAttributor.insideQuote(quotes, s.token(source))) {
            return false;
        }
        int[] phrase = s.subtreeRange(n);
        int[] whole = s.subtreeRange(clause);
        List<int[]> parts = new ArrayList<>();
        if (phrase[0] - 1 >= whole[0]) {
            parts.add(new int[] {whole[0], phrase[0] - 1});
        }
        if (phrase[1] + 1 <= whole[1]) {
            parts.add(new int[] {phrase[1] + 1, whole[1]});
        }
        boolean added = false;
        for (int[] part : parts) {
            int[] chars = ClauseAttributor.trim(text, s, part[0], part[1]);
            if (chars == null || !hasVerbOrNoun(s, part)) {
                continue;
            }
            Attribution a = new Attribution(chars[0], chars[1], QuoteKind.INDIRECT);
            int prep = Parse.child(s, n, "case");
            a.cue(s.token(prep).begin(), s.token(prep).end());
            a.speaker(s, source, Parse.nounPhrase(s, source));
            out.add(a);
            added = true;
        }
        return added;
    }

    /** The head of the clause the phrase belongs to ("leads" of "Lee leads in the poll", also via "a lead in"). */
    private static int clauseAbove(Sentence s, int noun) {
        int t = Parse.governor(s, noun);
        for (int steps = 0; t >= 0 && steps < 4; steps++) {
            if (s.token(t).isVerb() || Parse.hasChild(s, t, "nsubj") || Parse.hasChild(s, t, "cop")) {
                return t;
            }
            t = Parse.governor(s, t);
        }
        return -1;
    }

    private static boolean hasVerbOrNoun(Sentence s, int[] part) {
        for (int i = part[0]; i <= part[1]; i++) {
            Token t = s.token(i);
            if (t.isVerb() || t.isNoun() || t.pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
