package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements held in a noun of saying or intending whose clause follows it: {@code his claim that the
 * vote was rigged}, {@code Lee's decision to run}, {@code made the case that ...}, {@code voiced hope
 * that ...}. The speaker is the noun's possessor or, for a noun that is a verb's object, that verb's
 * subject; without one the noun is only a topic ("the fact that", "the idea that") and no statement. A possessed
 * noun the parse made the subject of its own infinitive ("Her plan to widen the road is sound") counts too, and
 * a by- or from-phrase before the clause names the speaker ("a demand by Lee that ..."); a light verb's clause
 * after its noun is the noun's ("made the case Monday that ...").
 */
final class NounClauseCue {
    private static final Set<String> NOUNS = Set.of("claim", "assertion", "argument", "insistence", "suggestion",
            "contention", "belief", "view", "position", "hope", "fear", "concern", "worry", "warning", "promise", "pledge",
            "vow", "threat", "call", "demand", "decision", "refusal", "plan", "proposal", "intention", "determination",
            "bet", "case", "point", "observation", "finding", "conclusion", "prediction", "assessment", "announcement",
            "statement", "admission", "allegation", "accusation", "charge", "complaint", "recommendation", "request",
            "offer", "commitment", "willingness", "desire", "wish", "insinuation", "implication", "boast", "guarantee",
            "assurance", "confidence", "conviction", "suspicion", "expectation", "estimate", "forecast", "theory");

    /** Verbs that only carry the noun ("made the case", "voiced hope", "has plans to"): their subject holds it. */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "express", "voice", "offer", "issue", "deliver",
            "share", "repeat", "reiterate", "renew", "raise", "announce", "outline", "press", "push", "float", "state",
            "air", "register", "signal", "have");

    private NounClauseCue() {
    }

    /** The statement in the clause of {@code noun}, added to {@code out}; false when there is none. */
    static boolean noun(String text, Sentence s, Token noun, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int n = noun.index();
        if (!NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int clause = clause(s, n);
        int[] whole = clause < 0 ? null : s.subtreeRange(clause);
        if (clause < 0) {
            clause = infinitiveTakenForPredicate(s, n); // "Her plan to widen the road is ...": the noun as subject
            whole = clause < 0 ? null : predicateRange(s, clause);
        }
        if (clause < 0) {
            clause = lightVerbClause(s, n); // "made the case Monday that ...": the clause hung on the verb
            whole = clause < 0 ? null : s.subtreeRange(clause);
        }
        if (clause < 0) {
            return false;
        }
        int speaker = speaker(s, n);
        if (speaker < 0) {
            speaker = agent(s, n, clause); // "an allegation from his first wife that ..."
        }
        if (speaker < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker))) {
            return false;
        }
        int[] range = StatementEnd.beforeParticipialCue(s, whole);
        int lo = range[0];
        while (lo < clause && (s.token(lo).pos().equals("TO") || s.token(lo).word().equalsIgnoreCase("that"))) {
            lo++; // "to" and "that" belong to the cue
        }
        int[] chars = ClauseAttributor.trim(text, s, lo, range[1]);
        if (chars == null) {
            return false;
        }
        Attribution a = new Attribution(chars[0], chars[1], QuoteKind.INDIRECT);
        a.cue(noun.begin(), noun.end());
        int[] phrase = Parse.nounPhrase(s, speaker);
        int by = Parse.child(s, speaker, "case");
        if (by >= 0 && by < speaker && by + 1 < s.tokens().size()) {
            phrase = new int[] {Math.max(phrase[0], s.token(by + 1).begin()), phrase[1]}; // "by Lee": the name speaks
        }
        a.speaker(s, speaker, phrase);
        out.add(a);
        return true;
    }

    /** The that-clause or infinitive after the noun ("claim that ...", "decision to ..."), or -1. */
    static int clause(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            String rel = d.baseRelation();
            int mark = Parse.child(s, d.dependent(), "mark");
            if (d.dependent() > noun && (rel.equals("acl") || rel.equals("ccomp")) && mark >= 0
                    && (s.token(mark).word().equalsIgnoreCase("that") || s.token(mark).pos().equals("TO"))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * "made the case Monday that Lee is not ready", "offered her firmest promise yet that ...": the noun is a light
     * verb's object and the parse hangs the noun's clause on the verb (ccomp after the noun); that clause, or -1.
     */
    static int lightVerbClause(Sentence s, int noun) {
        int verb = Parse.governor(s, noun);
        if (verb < 0 || !Parse.relation(s, noun).equals("obj")
                || !LIGHT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int ccomp = Parse.child(s, verb, "ccomp");
        return ccomp > noun ? ccomp : -1;
    }

    /** Relations of the infinitive's dependents that belong to the sentence around it, not to the infinitive. */
    private static final Set<String> NOT_THE_INFINITIVES = Set.of("nsubj", "csubj", "advcl", "ccomp", "parataxis", "dep",
            "punct");

    /**
     * "Her plan to widen the road is sound", "Lee's vow to fight on.": the parse makes the possessed noun the
     * subject of its own infinitive (nsubj, with "to" right after the noun); that infinitive, or -1.
     */
    static int infinitiveTakenForPredicate(Sentence s, int noun) {
        int verb = Parse.governor(s, noun);
        if (verb <= noun || !Parse.relation(s, noun).equals("nsubj") || !Parse.hasChild(s, noun, "nmod:poss")) {
            return -1;
        }
        int mark = Parse.child(s, verb, "mark");
        return mark == noun + 1 && s.token(mark).pos().equals("TO") ? verb : -1;
    }

    /** The infinitive with its own dependents after it: not the clauses the parse hung on it from the sentence. */
    private static int[] predicateRange(Sentence s, int verb) {
        int lo = verb;
        int hi = verb;
        for (Dependency d : s.children(verb)) {
            if (d.dependent() > verb && !NOT_THE_INFINITIVES.contains(d.baseRelation())) {
                hi = Math.max(hi, s.subtreeRange(d.dependent())[1]);
            }
        }
        return new int[] {lo, hi};
    }

    /**
     * "a demand by Ann Lee that ...", "complaints from his counterpart that ...": the noun's by- or from-phrase
     * between it and its clause names who made the statement; -1 when there is none.
     */
    private static int agent(Sentence s, int noun, int clause) {
        for (Dependency d : s.children(noun)) {
            int a = d.dependent();
            String by = ClauseAttributor.caseWord(s, a).toLowerCase(Locale.ROOT);
            if (d.baseRelation().equals("nmod") && !d.relation().equals("nmod:poss") && a > noun && a < clause
                    && (by.equals("by") || by.equals("from"))) {
                return a;
            }
        }
        return -1;
    }

    /** "his claim", "Lee's decision"; else the subject of a light verb taking the noun ("made the case"). */
    private static int speaker(Sentence s, int noun) {
        int possessor = Parse.child(s, noun, "nmod:poss");
        if (possessor >= 0) {
            return possessor;
        }
        if (Parse.relation(s, noun).equals("obj")) {
            int verb = Parse.governor(s, noun);
            if (verb < 0 || !LIGHT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                return -1; // "rejected the claim that ...": the subject is not the claimant
            }
            int subject = Parse.child(s, verb, "nsubj");
            return subject >= 0 && subject < verb ? subject : -1;
        }
        return -1;
    }
}
