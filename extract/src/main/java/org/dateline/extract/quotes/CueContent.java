package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.CueSpeaker.byAgent;
import static org.dateline.extract.quotes.ObjectContent.objectContent;
import static org.dateline.extract.quotes.Parse.lower;
import static org.dateline.extract.quotes.StatementEnd.beforeParticipialCue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * What a cue found on the dependency parse says: the token ranges of its content ({@link #content}), from its
 * clausal complement, an infinitive, a clause the parser tore off or left before it, a word standing in for an
 * earlier statement, or the words after it on the surface, in that order, with the hooks of the rule classes
 * between. Kept apart from choosing the speaker ({@link CueSpeaker}) because the two read different parts of
 * the parse and change for different reasons.
 */
final class CueContent {
    /** Cue verbs that mostly mean something else ("held a lead", "continue the fight"): no statement without a clause. */
    static final Set<String> MOSTLY_NOT_SAYING = Set.of("hold", "maintain", "continue", "learn", "remind",
            "underscore", "figure", "post");

    /** Words that stand for a statement made before: "said so", "said the same of Trump", "said as much". */
    private static final Set<String> STAND_INS = Set.of("so", "same", "much", "nothing", "something", "otherwise",
            "little", "yes", "no");

    private CueContent() {
    }

    /** Token ranges (inclusive) of the statement a cue introduces; two when the cue sits inside it. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        int ccomp = clausalComplement(s, c);
        if (makesClear(s, c)) { // "made clear Monday they have no plans", "made it clear he had misgivings"
            int told = ccomp > c ? ccomp : Parse.child(s, c, "parataxis");
            if (told < 0) { // "made it clear that ...": the parse may hang the clause on "clear" itself
                told = Parse.child(s, clearWord(s, c), "ccomp");
            }
            return told > c ? List.of(beforeParticipialCue(s, s.subtreeRange(told))) : List.of();
        }
        int xcompWithSubject = Parse.child(s, c, "xcomp");
        if (ccomp < 0 && xcompWithSubject > c && Parse.hasChild(s, xcompWithSubject, "nsubj")) {
            ccomp = xcompWithSubject; // "said it's one of his favorites": a clause the parser took for an xcomp
        }
        if (ccomp >= 0 && (CueLexicon.takesClause(cue.lemma()) || CueLexicon.isSpeechVerb(cue.lemma()))) {
            return List.of(beforeParticipialCue(s, s.subtreeRange(ccomp)));
        }
        int clauseObject = ClauseAsObject.of(s, c); // "denounced what he called a reckless plan", "protested that"
        if (clauseObject >= 0) {
            return List.of(beforeParticipialCue(s, s.subtreeRange(clauseObject)));
        }
        int passiveSubject = Parse.child(s, c, "nsubj:pass");
        if (passiveSubject >= 0 && passiveSubject < c && byAgent(s, c) > c
                && (CueLexicon.isSpeechVerb(cue.lemma()) || CueLexicon.takesClause(cue.lemma())
                || CueLexicon.takesObject(cue.lemma()))) {
            // "The meeting was first reported by Politico", "the plan is backed by most voters"
            return List.of(s.subtreeRange(passiveSubject));
        }
        String rel = Parse.relation(s, c);
        int gov = Parse.governor(s, c);
        if ((rel.startsWith("csubj") || rel.equals("mark")) && gov > c && CueLexicon.isSpeechVerb(cue.lemma())) {
            // misparses of "adding the priority is the schools", "He said Israel is not able":
            // the cue taken for the subject (or the marker) of the clause it introduces
            return List.of(new int[] {c + 1, s.subtreeRange(gov)[1]});
        }
        if ((rel.equals("parataxis") || rel.equals("ccomp") && gov >= 0 && gov > c)
                && gov >= 0 && CueLexicon.isSpeechVerb(cue.lemma()) && !Parse.hasChild(s, c, "obj")) {
            return around(s, gov, c);
        }
        if ((rel.equals("parataxis") || rel.equals("dep")) && gov >= 0 && gov < c && CueLexicon.isEvidential(cue.lemma())
                && Parse.hasChild(s, c, "nsubj") && !Parse.hasChild(s, c, "obj") && !Parse.hasChild(s, c, "ccomp")
                && !Parse.hasChild(s, c, "compound:prt")) { // "showed up" shows nothing
            return around(s, gov, c); // "Most of the money came from donors, records show."
        }
        int parataxis = Parse.child(s, c, "parataxis");
        if (parataxis >= 0 && CueLexicon.isSpeechVerb(cue.lemma()) && s.token(parataxis).isVerb()) {
            return List.of(s.subtreeRange(parataxis));
        }
        int xcomp = Parse.child(s, c, "xcomp");
        if (xcomp >= 0 && CueLexicon.takesInfinitive(cue.lemma())) {
            int[] r = beforeParticipialCue(s, s.subtreeRange(xcomp));
            int obj = Parse.child(s, c, "obj");
            if (obj >= 0 && obj < r[0] && obj > c) {
                r = new int[] {s.subtreeRange(obj)[0], r[1]}; // called the ruling "a huge win"
            }
            return List.of(r);
        }
        List<int[]> question = EmbeddedQuestion.content(s, c); // "explained why she stayed"
        if (!question.isEmpty()) {
            return question;
        }
        List<int[]> standIn = standInContent(s, cue);
        if (!standIn.isEmpty()) {
            return standIn;
        }
        List<int[]> loose = looseClause(s, cue);
        if (!loose.isEmpty()) {
            return loose;
        }
        List<int[]> figure = FigureEstimate.content(s, cue); // "the poll puts her support at 5 percent"
        if (!figure.isEmpty()) {
            return figure;
        }
        List<int[]> object = objectContent(s, cue);
        if (!object.isEmpty()) {
            return object;
        }
        List<int[]> relative = RelativeObjectCue.content(s, cue); // "the tax, which Lee proposed"
        if (!relative.isEmpty()) {
            return relative;
        }
        List<int[]> view = StanceComplement.content(s, cue); // "supports raising the toll", "would like to"
        if (!view.isEmpty()) {
            return view;
        }
        List<int[]> gerund = GerundObjectCue.content(s, cue); // "in endorsing Ryan", parsed as an adjective
        if (!gerund.isEmpty()) {
            return gerund;
        }
        List<int[]> surface = surfaceClause(s, cue);
        return surface.isEmpty() ? ContactRelative.content(s, c) : surface; // "the style she prefers"

    }

    /**
     * "73 percent said the same of Trump", "Mook said as much", "half said so": a verb of saying whose object
     * stands for what was said; the object (with its of-phrase) is the statement.
     */
    static List<int[]> standInContent(Sentence s, Token cue) {
        if (!CueLexicon.isSpeechVerb(cue.lemma())) {
            return List.of();
        }
        for (Dependency d : s.children(cue.index())) {
            String base = d.baseRelation();
            // "said no" (parsed as a discourse word), "said little about how": the topic phrase after it too
            boolean role = base.equals("obj") || base.equals("obl") || base.equals("advmod") || base.equals("discourse");
            if (role && d.dependent() > cue.index() && STAND_INS.contains(lower(s.token(d.dependent()).word()))) {
                return List.of(ObjectTopic.through(s, cue.index(), s.subtreeRange(d.dependent())));
            }
        }
        return List.of();
    }

    /**
     * The cue's clausal complement. When the parser gave it two and the one before the cue opens with a
     * subordinator ("As odd as it may seem, Lee said the deal helped him"), that one is a fronted adverbial
     * and the one after the cue is what was said.
     */
    private static int clausalComplement(Sentence s, int cue) {
        int first = -1;
        for (Dependency d : s.children(cue)) {
            if (!d.baseRelation().equals("ccomp")) {
                continue;
            }
            if (first < 0) {
                first = d.dependent();
            } else if (first < cue && d.dependent() > cue && opensWithSubordinator(s, first)) {
                return d.dependent();
            }
        }
        return first;
    }

    private static boolean opensWithSubordinator(Sentence s, int clause) {
        Token opener = s.token(s.subtreeRange(clause)[0]);
        return opener.pos().equals("IN") && !opener.word().equalsIgnoreCase("that");
    }

    /**
     * "Cruz said if elected he could work with them", "She says despite all that, Obama wasn't ...": when
     * the parser tore the clause off a finite verb of saying whose subject stands before it, the words
     * after the verb up to the sentence's end are the statement, if they hold a verb of their own.
     */
    private static List<int[]> surfaceClause(Sentence s, Token cue) {
        int c = cue.index();
        String pos = cue.pos();
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
        if (!(finite || JoinedSurfaceCue.isParticipleAfterComma(s, c))
                || !(CueLexicon.isSpeechVerb(cue.lemma()) || CueLexicon.takesClause(cue.lemma()))
                || MOSTLY_NOT_SAYING.contains(lower(cue.lemma()))) {
            return List.of();
        }
        int subject = Parse.child(s, c, "nsubj");
        int n = s.tokens().size();
        boolean anchored = subject >= 0 && subject < c || subject < 0 && JoinedSurfaceCue.isJoined(s, c);
        if (!anchored || c + 1 >= n) {
            return List.of();
        }
        int lo = c + 1;
        if (s.token(lo).word().equalsIgnoreCase("that")) {
            lo++;
        }
        if (lo >= n || Parse.isPunct(s.token(lo)) || s.token(lo).pos().equals("CC") || s.token(lo).pos().equals("TO")) {
            return List.of(); // "said:", "said, ...", "said and left", "said to be": not a clause of its own
        }
        int hi = n - 1;
        while (hi > lo && Parse.isPunct(s.token(hi))) {
            hi--;
        }
        boolean verb = false;
        for (int i = lo + 1; i <= hi; i++) {
            verb |= s.token(i).isVerb() || s.token(i).pos().equals("MD");
        }
        return verb ? List.of(beforeParticipialCue(s, new int[] {lo, hi})) : List.of();
    }

    /** "made clear", "made it plain", "made known": a clause after it is what was told, wherever "clear" hangs. */
    static boolean makesClear(Sentence s, int cue) {
        return clearWord(s, cue) >= 0;
    }

    /** The "clear" of "made (it) clear" (or "plain", "known") right after a form of "make"; -1 when none. */
    private static int clearWord(Sentence s, int cue) {
        if (!lower(s.token(cue).lemma()).equals("make")) {
            return -1;
        }
        for (int i = cue + 1; i <= cue + 2 && i < s.tokens().size(); i++) {
            String w = lower(s.token(i).word());
            if (w.equals("clear") || w.equals("plain") || w.equals("known")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * When the parser missed the complement of a verb of saying: a clause before it ("Crops are
     * withering, he noted") or a verb parsed as its object ("says there needs to be a law").
     */
    private static List<int[]> looseClause(Sentence s, Token cue) {
        if (!CueLexicon.isSpeechVerb(cue.lemma()) && !CueLexicon.takesClause(cue.lemma())) {
            return List.of();
        }
        int c = cue.index();
        int[] before = null;
        for (Dependency d : s.children(c)) {
            int dep = d.dependent();
            boolean verbal = s.token(dep).isVerb() || Parse.hasChild(s, dep, "cop") || Parse.hasChild(s, dep, "nsubj");
            if (!verbal) {
                continue;
            }
            if (dep > c && (d.baseRelation().equals("obj") || d.baseRelation().equals("dep")) && s.token(dep).isVerb()
                    && StatementBoundary.trailingCueBefore(s, dep) != c && !TornSubject.isParticipleAfterComma(s, dep)) {
                return List.of(new int[] {TornSubject.start(s, c, dep), s.subtreeRange(c)[1]});
            }
            // a finite clause before the cue; "Asked about it, she said ..." is no statement
            if (before == null && dep < c && (d.baseRelation().equals("advcl") || d.baseRelation().equals("dep"))
                    && !Parse.hasChild(s, dep, "mark") && Parse.hasChild(s, dep, "nsubj") && s.subtreeRange(dep)[1] < c) {
                before = s.subtreeRange(dep);
            }
        }
        if (before != null && !LooseClauseBefore.isSomethingElse(s, c, before)) {
            return List.of(before);
        }
        return List.of();
    }

    /** The governor's clause without the cue's own subtree: the parts before and after it. */
    static List<int[]> around(Sentence s, int gov, int cue) {
        int[] whole = s.subtreeRange(gov);
        int[] hole = s.subtreeRange(cue);
        List<int[]> parts = new ArrayList<>();
        if (hole[0] - 1 >= whole[0]) {
            parts.add(new int[] {whole[0], hole[0] - 1});
        }
        if (hole[1] + 1 <= whole[1]) {
            parts.add(new int[] {hole[1] + 1, whole[1]});
        }
        parts.removeIf(p -> !hasWord(s, p[0], p[1]));
        return parts;
    }

    static boolean hasWord(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!Parse.isPunct(s.token(i))) {
                return true;
            }
        }
        return false;
    }
}
