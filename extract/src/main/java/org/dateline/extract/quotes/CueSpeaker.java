package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.ClauseAttributor.caseWord;
import static org.dateline.extract.quotes.ClauseAttributor.insideQuote;
import static org.dateline.extract.quotes.Parse.lower;
import static org.dateline.extract.quotes.SpeakerBesideCue.OBJECT_PRONOUNS;
import static org.dateline.extract.quotes.SpeakerBesideCue.nameRightAfter;
import static org.dateline.extract.quotes.SpeakerBesideCue.nameRightBefore;
import static org.dateline.extract.quotes.SpeakerBesideCue.speakerAfter;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Who speaks for a cue found on the dependency parse ({@link ClauseAttributor}): the cue's subject, the agent of
 * a passive cue, or the subject of the clause the cue hangs from ({@link #speakerOf}, {@link #subject}), and when
 * the parse hangs the cue deep in its sentence, the subject of the nearest clause above it
 * ({@link #nearestSubjectAbove}). Kept apart from finding the cue and its content so that the rules for choosing
 * a speaker read in one place; the small rule classes that fix a speaker up call in here.
 */
final class CueSpeaker {
    private static final Set<String> CLIMB = Set.of("conj", "advcl", "xcomp", "acl", "dep", "ccomp");

    /** Verbs whose object is who was spoken to ("Bozell, a founder, tells Breitbart News"), never the speaker. */
    static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "inform", "remind", "assure", "notify",
            "warn", "urge", "thank", "write", "email", "text");

    /**
     * Verbs whose passive reports what unnamed others say or think of the subject ("is expected to resume",
     * "is said to be", "is believed to have fled"): the subject is what is spoken of, not the speaker.
     * Stative participles keep their subject ("Mr. Obama is determined", "her plan is intended to").
     */
    private static final java.util.Set<String> IMPERSONAL_PASSIVES = java.util.Set.of("say", "expect", "believe",
            "think", "know", "report", "rumor", "rumour", "estimate", "allege", "suppose", "predict", "project",
            "forecast", "schedule");

    /** A speaker's head token ({@code head}, -1 for none) and the sentence it stands in. */
    record Mention(Sentence sentence, int head) {
    }

    private CueSpeaker() {
    }

    /**
     * The speaker of a verb cue that has content ("Lee said the truce holds"): the cue's own subject
     * ({@link #speakerOf}), then the rules below in order, each filling in a missing speaker or correcting one in
     * the case its comment shows. The sentence is another one when the splitter tore the name off the cue
     * ({@link TornSentence}); the head is -1 when nobody is named. Null when the cue is a stance held by nobody
     * named: no statement at all. Kept out of {@link ClauseAttributor#find} so that it reads as steps.
     */
    static Mention ofVerbCue(AnnotatedText nlp, Sentence s, Token t, List<QuoteMarks.Quoted> quotes) {
        int subject = speakerOf(s, t.index(), quotes);
        if (subject < 0 && CueLexicon.isSpeechVerb(t.lemma())) {
            subject = nameRightBefore(s, t.index(), quotes);
        }
        if (subject < 0 && CueLexicon.isSpeechVerb(t.lemma())) {
            subject = nameRightAfter(s, t.index(), quotes);
        }
        if (subject < 0) {
            subject = ParticipleAfterCue.speaker(s, t.index(), quotes); // "Lee said, adding ..."
        }
        if (subject < 0) {
            subject = SubjectBeforeCue.find(s, t.index(), quotes); // "..., Cruz praised Pence"
        }
        int main = ParticipleSpeaker.mainSubject(s, t.index());
        if (main < 0) {
            main = CoordinatedCueSpeaker.mainSubject(s, t.index()); // "Lee admitted she ..., and called for"
        }
        if (main >= 0 && !insideQuote(quotes, s.token(main))) {
            subject = main; // "Lee was cagey about where she stands, offering ..."
        }
        subject = AppositionSpeaker.of(s, subject, t.index()); // "The plan, a source said, is ..."
        subject = ConjoinedClauseSubject.fix(s, subject, t.index()); // "Lee won, but Ortiz said"
        subject = SubjectBeforeCue.outsideAside(s, subject, t.index(), quotes); // "Lee, who ..., said"
        subject = RelativeBeforeCue.fix(s, subject, t.index()); // "the act, which outlines ..."
        subject = PronounAfterCue.fix(s, subject, t.index(), quotes); // "Lee, a nurse, said he ..."
        subject = TimeNounSpeaker.fix(s, subject, t.index(), quotes); // "this weekend, Lee told"
        Sentence speakerSentence = s;
        TornSentence.Name tornName = subject < 0 ? TornSentence.speakerBefore(nlp, s, t.index(), quotes) : null;
        if (tornName != null) {
            speakerSentence = tornName.sentence(); // "Sen. Ann Lee (R-Ore.) | on Monday criticized"
            subject = tornName.head();
        }
        if (subject < 0) {
            subject = FrontedParticiple.mainSubject(s, t.index(), quotes); // "Citing the toll, Lee said"
        }
        if (subject < 0) {
            subject = NameTakenForWord.before(nlp, s, t.index(), quotes); // "”, Will wrote."
        }
        if (subject < 0) {
            subject = ParticipleAgent.of(s, t.index(), quotes); // "Asked by Lee whether ..."
        }
        if (subject < 0 && CueLexicon.isStance(t.lemma())) {
            return null; // a view held by nobody named is no statement
        }
        if (subject < 0 && !Parse.hasChild(s, t.index(), "nsubj:pass") && !isAskedOfTheSubject(s, t.index())) {
            subject = nearestSubjectAbove(s, t.index(), quotes);
            subject = RelativeBeforeCue.fix(s, subject, t.index()); // "China, which together vowed"
        }
        if (subject < 0) {
            subject = GerundObjectCue.speaker(s, t.index(), quotes); // "In praising the plan, Ortiz broke"
        }
        return new Mention(speakerSentence, subject);
    }

    /**
     * The cue's {@link #subject}, unless that lies inside a quotation the cue stands outside of (the
     * parser took quoted words for the subject: {@code "Your Honor," I said}); then a speaker named
     * after the cue, or none.
     */
    static int speakerOf(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        int marked = MarkedClauseSubject.of(s, verb); // "..., as a number of writers suggested ..."
        if (marked >= 0 && !insideQuote(quotes, s.token(marked))) {
            return marked;
        }
        int subject = subject(s, verb, 0);
        if (subject >= 0 && s.token(subject).pos().equals("VBG")) {
            return -1; // "blasted them for failing to make clear ...": a gerund the parse took for the subject
        }
        if (subject >= 0 && insideQuote(quotes, s.token(subject)) && !insideQuote(quotes, s.token(verb))) {
            return speakerAfter(s, verb);
        }
        return subject;
    }

    /**
     * The speaker's head token: the cue's subject, the agent of a passive cue, or the subject of the
     * clause the cue hangs from (a participle, a conjunct, an infinitive); -1 when none.
     */
    static int subject(Sentence s, int verb, int depth) {
        String ownRelation = Parse.relation(s, verb);
        if ((ownRelation.startsWith("csubj") || ownRelation.equals("mark")) && depth == 0
                && !Parse.hasChild(s, verb, "nsubj")) {
            int clause = Parse.governor(s, verb);
            int main = clause < 0 ? -1 : Parse.governor(s, clause);
            return main < 0 ? -1 : subject(s, main, depth + 1);
        }
        int agent = byAgent(s, verb);
        if (agent > verb && Parse.child(s, verb, "nsubj:pass") >= 0 && Parse.child(s, verb, "nsubj:pass") < verb) {
            return agent; // "The meeting was first reported by Politico": the agent spoke, not the subject
        }
        if (agent < 0 && Parse.child(s, verb, "nsubj:pass") >= 0 && IMPERSONAL_PASSIVES.contains(lower(s.token(verb).lemma()))
                && !isPerfectTakenForPassive(s, verb)) {
            return -1; // "negotiations are expected to resume": what is expected, by nobody named
        }
        int subj = subjectChild(s, verb);
        if (depth == 0 && subj < 0 && isCoordinatedCue(s, verb)) {
            int shared = sharedSubject(s, verb);
            if (shared >= 0) {
                return shared;
            }
        }
        if (depth == 0 && subj < 0) {
            int shared = CoordinatedActCue.sharedSubject(s, verb);
            if (shared >= 0) {
                return shared; // "Lee called on the city to close it and proposed a fund": Lee proposed
            }
        }
        if (depth == 0 && (subj < 0 || subj > verb)) {
            int after = speakerAfter(s, verb);
            if (after >= 0) {
                return after;
            }
        }
        int obj = Parse.child(s, verb, "obj");
        if (subj >= 0 && subj < verb && obj > verb && verb > 0 && CueLexicon.isSpeechVerb(s.token(verb).lemma())
                && (s.token(obj).isProperNoun() || s.token(obj).pos().startsWith("PRP")
                && !OBJECT_PRONOUNS.contains(lower(s.token(obj).word()))) && !isTimeWord(s.token(obj))
                && Parse.isPunct(s.token(verb - 1)) && !ADDRESSEE_VERBS.contains(lower(s.token(verb).lemma()))
                && !closesApposition(s, subj, verb)) {
            return obj; // "the city is safe," said Ann Lee: the parser took the quotation for the subject
        }
        if (subj >= 0 && !Parse.relation(s, verb).equals("xcomp") || subj >= 0 && depth == 0) {
            return subj;
        }
        int controller = depth == 0 ? ObjectControl.doer(s, verb) : -1;
        if (controller >= 0) {
            return controller; // "The loss led Lee to declare ...": Lee declares
        }
        for (Dependency d : s.children(verb)) {
            if (d.baseRelation().equals("obl") && Parse.hasChild(s, verb, "aux:pass")
                    && "by".equalsIgnoreCase(caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        String rel = Parse.relation(s, verb);
        int gov = Parse.governor(s, verb);
        String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
        // "began by talking about ...": a gerund that is the verb's oblique shares its subject
        boolean gerundOblique = base.equals("obl") && s.token(verb).pos().equals("VBG") && s.token(gov).isVerb();
        if (depth == 0 && isAskedOfTheSubject(s, verb)) {
            return -1;
        }
        int trailingCue = depth == 0 ? StatementBoundary.trailingCueBefore(s, verb) : -1;
        if (trailingCue >= 0 && subject(s, trailingCue, depth + 1) >= 0) {
            return subject(s, trailingCue, depth + 1); // "..., the source recalled, adding that ...": the source adds
        }
        int outerCue = depth == 0 ? cueOfClauseBeforeParticiple(s, verb, gov) : -1;
        if (outerCue >= 0 && subject(s, outerCue, depth + 1) >= 0) {
            return subject(s, outerCue, depth + 1);
        }
        if (depth < 3 && gov >= 0 && (CLIMB.contains(base) || gerundOblique)) {
            if (rel.startsWith("acl") && (s.token(gov).isNoun() || RestrictiveParticiple.standsForPeople(s, gov))) {
                int absolute = depth == 0 ? ParticipleSpeaker.absoluteSubject(s, verb) : -1;
                if (absolute >= 0) {
                    return absolute; // "with polls showing Lee ahead"
                }
                int taker = rel.equals("acl") && !RestrictiveParticiple.restricts(s, gov, verb) ? verbTakingNoun(s, gov) : -1;
                int doer = taker < 0 ? -1 : subject(s, taker, depth + 1);
                return doer >= 0 ? doer : gov; // "a statement saying ...", "officials familiar with ..."
            }
            return subject(s, gov, depth + 1);
        }
        return -1;
    }

    /**
     * "He's said he would veto it": the parser reads the "'s" of "has" as "is" and makes an active perfect a passive;
     * it is a perfect when the verb says something (a clause or an object), unlike "he's said to be ill".
     */
    private static boolean isPerfectTakenForPassive(Sentence s, int verb) {
        int aux = Parse.child(s, verb, "aux:pass");
        boolean clitic = aux >= 0 && (s.token(aux).word().equals("'s") || s.token(aux).word().equals("’s"));
        return clitic && (Parse.hasChild(s, verb, "ccomp") || Parse.hasChild(s, verb, "obj"));
    }

    /** "Asked whether she would sign, Marsh said ...": Marsh was asked; who asked is not named. */
    static boolean isAskedOfTheSubject(Sentence s, int verb) {
        String rel = Parse.relation(s, verb);
        return (rel.equals("advcl") || rel.startsWith("advcl:")) && s.token(verb).pos().equals("VBN")
                && ADDRESSEE_VERBS.contains(lower(s.token(verb).lemma()));
    }

    /**
     * "Ortiz began her term by quietly telling the council to wait", "Lee gestured and then declared ...": when
     * the parse hangs the cue deep in its sentence, the subject of the nearest clause above it that has one,
     * standing before the cue and outside quotations; -1 when none.
     */
    static int nearestSubjectAbove(Sentence s, int cue, List<QuoteMarks.Quoted> quotes) {
        int v = Parse.governor(s, cue);
        for (int steps = 0; v >= 0 && steps < 8; steps++) {
            int subj = Parse.child(s, v, "nsubj");
            if (subj >= 0 && WireDateline.covers(s, subj)) {
                subj = subjectChild(s, v); // "ATLANTIC CITY — Lee arrived on Monday, and then declared ..."
            }
            if (subj >= 0 && subj < cue && !insideQuote(quotes, s.token(subj)) && !isTimeWord(s.token(subj))) {
                return subj;
            }
            v = Parse.governor(s, v);
        }
        return -1;
    }

    /**
     * "Lee said he saw no need to change, telling reporters ...": a participle after a comma that the parse hangs
     * on (or inside) the clause another cue says is no part of that clause ({@link StatementEnd#beforeParticipialCue}); it goes with
     * the outer cue, which is returned (-1 when {@code gov}, the participle's governor, is no cue's clause).
     */
    private static int cueOfClauseBeforeParticiple(Sentence s, int verb, int gov) {
        if (gov < 0 || verb == 0 || !s.token(verb).pos().equals("VBG")
                || !s.token(verb - 1).word().equals(",") && StatementBoundary.participleOpener(s, verb, -1) < 0) {
            return -1;
        }
        int clause = gov;
        for (int steps = 0; steps < 3 && clause >= 0 && !Parse.relation(s, clause).equals("ccomp"); steps++) {
            String r = Parse.relation(s, clause);
            clause = r.equals("xcomp") || r.equals("dep") || r.equals("conj") || r.equals("advcl")
                    ? Parse.governor(s, clause) : -1; // "saw no need to change, telling": up through "to change"
        }
        int outer = clause < 0 || !Parse.relation(s, clause).equals("ccomp") ? -1 : Parse.governor(s, clause);
        if (outer >= 0 && outer < clause && CueLexicon.isAnyCue(s.token(outer).lemma())) {
            return outer;
        }
        return StatementBoundary.participleOpener(s, verb, -1) >= 0 ? StatementBoundary.earlierCueWithSubject(s, verb) : -1;
    }

    /**
     * "Lee issued a statement saying ...", "Lee attacked Ortiz, calling him ...", "appears in a clip from a
     * speech, saying ...": the verb whose object or oblique is {@code noun} (through of-phrases), or -1. A
     * participle hung on such a noun tells what the verb's doer said: a statement speaks for who issued it,
     * and the parser often hangs a comma-set participle on the nearest noun.
     */
    private static int verbTakingNoun(Sentence s, int noun) {
        int n = noun;
        for (int steps = 0; steps < 4 && Parse.relation(s, n).startsWith("nmod")
                && !Parse.relation(s, n).equals("nmod:poss"); steps++) {
            n = Parse.governor(s, n);
        }
        String r = Parse.relation(s, n);
        int verb = Parse.governor(s, n);
        boolean taken = r.equals("obj") || r.equals("obl") || r.startsWith("obl:");
        return taken && verb >= 0 && s.token(verb).isVerb() ? verb : -1;
    }

    /**
     * The verb's subject. A day or a dateline the parser took for a subject ("Saturday at the convention Sen.
     * Ann Lee said", "SALEM (Reuters) - Ann Lee said") is none: the subject is then another one before the
     * verb, else the name right before it, else none.
     */
    private static int subjectChild(Sentence s, int verb) {
        int first = Parse.child(s, verb, "nsubj", "csubj");
        if (first < 0 || first > verb) {
            return first;
        }
        int nearest = -1;
        for (Dependency d : s.children(verb)) {
            boolean subject = d.baseRelation().equals("nsubj") || d.baseRelation().equals("csubj");
            boolean floating = nearest >= 0 && isFloatingQuantifier(s.token(d.dependent()));
            if (subject && d.dependent() < verb && d.dependent() > nearest && !floating) {
                nearest = d.dependent();
            }
        }
        int noun = isFrontedParticiple(s, nearest) ? nounRightBefore(s, verb) : -1;
        if (noun >= 0) {
            return noun;
        }
        if (!isTimeWord(s.token(nearest)) && !WireDateline.covers(s, nearest)) {
            return nearest;
        }
        int name = nameRightBefore(s, verb, List.of());
        if (name >= 0 || !SubjectBeforeCue.isFiniteOrPerfect(s, verb)) {
            return name;
        }
        return SubjectBeforeCue.nounBefore(s, verb, List.of()); // "WASHINGTON - Lee (R-Ga.) on Monday said"
    }

    /** "Asked about the levy, ...", "Horrified at the toll, ...": a participle opening the sentence before a comma. */
    private static boolean isFrontedParticiple(Sentence s, int token) {
        String pos = s.token(token).pos();
        return token == 0 && (pos.equals("VBN") || pos.equals("VBG") || pos.equals("JJ"))
                && s.subtreeRange(token)[1] + 1 < s.tokens().size() && hasCommaIn(s, token, s.subtreeRange(token)[1]);
    }

    private static boolean hasCommaIn(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Asked about the levy Monday, Mayor Ann Ortiz said ...": the parse may take the fronted participle for the
     * subject and hang the real one inside it; the noun right before the cue (auxiliaries and adverbs between
     * allowed) is the subject then; -1 when none ("Small, who came on Monday, said": a name tagged an adjective).
     */
    private static int nounRightBefore(Sentence s, int verb) {
        int i = verb - 1;
        while (i > 0 && (s.token(i).pos().equals("MD") || s.token(i).pos().equals("RB") || s.token(i).isVerb()
                && Parse.relation(s, i).startsWith("aux"))) {
            i--;
        }
        Token t = s.token(i);
        return i > 0 && (t.isNoun() || t.pos().equals("PRP")) && !isTimeWord(t) ? i : -1;
    }

    /**
     * "Lee's lawyer, Ann Ortiz, said Berg was ...": the comma before the cue closes an apposition to the subject,
     * so the subject is a speaker, not a quotation the parser mistook for one.
     */
    private static boolean closesApposition(Sentence s, int subject, int verb) {
        if (!s.token(verb - 1).word().equals(",") || !(s.token(subject).isNoun() || s.token(subject).pos().startsWith("PRP"))) {
            return false;
        }
        for (Dependency d : s.children(subject)) {
            if (d.baseRelation().equals("appos") && s.subtreeRange(d.dependent())[1] >= verb - 2) {
                return true;
            }
        }
        return false;
    }

    /** "Lee and Ortiz have both urged": the parse may give the quantifier as a second subject; the first one speaks. */
    private static boolean isFloatingQuantifier(Token t) {
        String w = lower(t.word());
        return t.pos().equals("DT") && (w.equals("both") || w.equals("all") || w.equals("each"));
    }

    /** A day or time ("Tuesday", "Thursday morning"): never a speaker. */
    static boolean isTimeWord(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    /**
     * "... and predicted that", "... and also warn", "... but did not buy": a finite verb of saying after a
     * conjunction, with no subject of its own.
     */
    static boolean isCoordinatedCue(Sentence s, int i) {
        Token t = s.token(i);
        String pos = t.pos();
        return StatementBoundary.conjunctionBefore(s, i) >= 0 && StatementBoundary.isFinite(s, i)
                && (CueLexicon.isSpeechVerb(t.lemma()) || CueLexicon.takesClause(t.lemma()))
                && !Parse.hasChild(s, i, "nsubj") && !Parse.hasChild(s, i, "nsubj:pass");
    }

    /**
     * The subject of the verb a subjectless cue is coordinated with on the surface ("Ann said ... and
     * predicted"): the nearest earlier cue of the same form that has a subject; -1 when there is none.
     */
    static int sharedSubject(Sentence s, int verb) {
        for (int i = verb - 2; i >= 0; i--) {
            Token t = s.token(i);
            if ((t.pos().equals(StatementBoundary.finiteForm(s, verb)) || MistaggedPast.perfectThenPast(s, i, verb))
                    && CueLexicon.isAnyCue(t.lemma())) {
                int subj = subjectChild(s, i);
                if (subj >= 0 && subj < i) {
                    return subj;
                }
            }
        }
        return -1;
    }

    /** The agent of a passive cue ("reported by Politico"), or -1. */
    static int byAgent(Sentence s, int verb) {
        if (!Parse.hasChild(s, verb, "aux:pass")) {
            return -1;
        }
        for (Dependency d : s.children(verb)) {
            if (d.baseRelation().equals("obl") && "by".equalsIgnoreCase(caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        return -1;
    }
}
