package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.CueSpeaker.byAgent;
import static org.dateline.extract.quotes.CueSpeaker.isAskedOfTheSubject;
import static org.dateline.extract.quotes.CueSpeaker.isCoordinatedCue;
import static org.dateline.extract.quotes.CueSpeaker.nearestSubjectAbove;
import static org.dateline.extract.quotes.CueSpeaker.sharedSubject;
import static org.dateline.extract.quotes.CueSpeaker.speakerOf;
import static org.dateline.extract.quotes.SpeakerBesideCue.nameRightAfter;
import static org.dateline.extract.quotes.SpeakerBesideCue.nameRightBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements found on the dependency parse: the clausal complement of a verb of saying or thinking
 * ({@code said the truce holds}), the clause a parenthetical cue interrupts ({@code Hamas, he said,
 * cannot be ...}), the infinitive of a verb of promising or urging, participial cues ({@code , adding
 * the priority is ...}) and {@code according to X}. The speaker is the cue's subject, found up the tree
 * when the cue has none of its own ({@link CueSpeaker}, {@link SpeakerBesideCue}). Cues without any complement
 * are kept as dangling cues for the quotations around them.
 */
final class ClauseAttributor {
    /** A cue with no complement: "he said." after a quotation. */
    record DanglingCue(Sentence sentence, int token) {
    }

    /** What one pass over the text found. */
    record Found(List<Attribution> attributions, List<DanglingCue> dangling) {
    }

    /** Cue verbs that mostly mean something else ("held a lead", "continue the fight"): no statement without a clause. */
    private static final Set<String> MOSTLY_NOT_SAYING = Set.of("hold", "maintain", "continue", "learn", "remind",
            "underscore", "figure", "post");
    private static final Set<String> CHANNEL_CASES = Set.of("to", "with", "in", "on", "via", "through");

    Found find(AnnotatedText nlp, List<QuoteMarks.Quoted> quotes) {
        List<Attribution> out = new ArrayList<>();
        List<DanglingCue> dangling = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            int sentenceStart = out.size();
            for (Token t : s.tokens()) {
                if (insideQuote(quotes, t)) {
                    continue;
                }
                if (isAccordingTo(s, t)) {
                    accordingTo(nlp.text(), s, t, out);
                    continue;
                }
                if (t.isNoun()) {
                    if (!PrepositionalCue.noun(nlp.text(), s, t, quotes, out)
                            && !NounClauseCue.noun(nlp.text(), s, t, quotes, out) // "his claim that ..."
                            && !HopePhrase.noun(nlp.text(), s, t, quotes, out)) { // "toured in hopes of winning"
                        EvidenceCue.noun(nlp.text(), s, t, quotes, out); // "in the latest poll, Lee leads"
                    }
                    continue;
                }
                if (t.pos().startsWith("JJ") || t.pos().equals("VBN")) {
                    if (AdjectiveCue.adjective(nlp.text(), s, t, quotes, out)
                            || AboutStance.adjective(nlp.text(), s, t, quotes, out)) {
                        continue; // "was convinced that ...", "is critical of ...", "was coy about ..."
                    }
                }
                if (!t.isVerb()) {
                    continue;
                }
                TornSentence.Name torn = TornSentence.nameBefore(nlp, s, t);
                if (torn != null && tornStatement(nlp.text(), s, t, torn, out)) {
                    continue;
                }
                // "73 percent said the same of Trump" ends like a trailing cue but says what it said
                TrailingCue.Match trailing = standInContent(s, t).isEmpty() ? TrailingCue.match(s, t.index()) : null;
                if (trailing == null) {
                    trailing = TrailingCue.inverted(s, t.index(), nlp.text());
                }
                if (trailing != null && !insideQuote(quotes, s.token(trailing.speakerHead()))) {
                    Attribution a = addStatement(nlp.text(), s, trailing.contentLo(), trailing.contentHi(),
                            new int[] {t.begin(), cueEnd(s, t)}, s, trailing.speakerHead(), out);
                    if (a != null) {
                        int[] head = Parse.nounPhrase(s, trailing.speakerHead());
                        int lo = s.token(trailing.speakerLo()).begin();
                        // inverted ("..., said Ann Lee"): the parser may hang the cue inside the name's phrase
                        int begin = trailing.speakerLo() > t.index() ? Math.max(head[0], lo) : Math.min(head[0], lo);
                        a.speaker(s, trailing.speakerHead(), new int[] {begin, Math.max(head[1], s.token(trailing.speakerHead()).end())});
                        channels(s, t.index(), a);
                        continue;
                    }
                }
                List<int[]> content = CueLexicon.isAnyCue(t.lemma()) || makesClear(s, t.index()) ? content(s, t) : List.of();
                ParentheticalCue.Match paren = content.isEmpty() ? ParentheticalCue.match(s, t) : null;
                // "The trouble, Frank writes, began ...": the parse gave the cue no complement
                if (paren != null && !insideQuote(quotes, s.token(paren.speakerHead()))) {
                    for (int[] range : paren.parts()) {
                        Attribution a = addStatement(nlp.text(), s, range[0], range[1],
                                new int[] {t.begin(), cueEnd(s, t)}, s, paren.speakerHead(), out);
                        if (a != null) {
                            channels(s, t.index(), a);
                        }
                    }
                    continue;
                }
                if (content.isEmpty()) {
                    AsClauseCue.Match as = AsClauseCue.match(s, t.index(), quotes); // "As the Ledger reported, ..."
                    if (as != null) {
                        Attribution a = addStatement(nlp.text(), s, as.lo(), as.hi(), new int[] {t.begin(), cueEnd(s, t)},
                                s, as.speakerHead(), out);
                        if (a != null) {
                            channels(s, t.index(), a);
                            continue;
                        }
                    }
                    AuxiliaryCue.Match aux = AuxiliaryCue.match(s, t.index(), quotes); // "Lee said he expected"
                    if (aux != null) {
                        Attribution a = addStatement(nlp.text(), s, aux.lo(), beforeParticipialCue(s, new int[] {aux.lo(), aux.hi()})[1],
                                new int[] {t.begin(), cueEnd(s, t)}, s, aux.speakerHead(), out);
                        if (a != null) {
                            channels(s, t.index(), a);
                            continue;
                        }
                    }
                    if (PrepositionalCue.verb(nlp.text(), s, t, quotes, out)
                            || ReceivedCue.verb(nlp.text(), s, t, quotes, out)
                            || LightVerbCue.verb(nlp.text(), s, t, quotes, out) // "took issue with"
                            || ChoiceCue.verb(nlp.text(), s, t, quotes, out) // "nominated Ruth Okafor"
                            || ActionObjectCue.verb(nlp.text(), s, t, quotes, out) // "signed the bill"
                            || ReleasedContentCue.verb(nlp.text(), s, t, quotes, out)) { // "released an ad"
                        continue;
                    }
                    if (CueLexicon.isSpeechVerb(t.lemma())) {
                        dangling.add(new DanglingCue(s, t.index()));
                    }
                    continue;
                }
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
                    continue; // a view held by nobody named is no statement
                }
                if (subject < 0 && !Parse.hasChild(s, t.index(), "nsubj:pass") && !isAskedOfTheSubject(s, t.index())) {
                    subject = nearestSubjectAbove(s, t.index(), quotes);
                    subject = RelativeBeforeCue.fix(s, subject, t.index()); // "China, which together vowed"
                }
                if (subject < 0) {
                    subject = GerundObjectCue.speaker(s, t.index(), quotes); // "In praising the plan, Ortiz broke"
                }
                for (int[] whole : content) {
                    int[] range = ParallelParticiple.before(s, t.index(), whole); // "calling him X and accusing him"
                    Attribution a = addStatement(nlp.text(), s, range[0], range[1], new int[] {t.begin(), cueEnd(s, t)},
                            speakerSentence, subject, out);
                    if (a != null) {
                        channels(s, t.index(), a);
                    }
                }
            }
            ParallelParticiple.shareSpeaker(s, out, sentenceStart); // "calling him X and accusing him of Y": one speaker
        }
        return new Found(out, dangling);
    }

    /**
     * The statement of tokens [lo, hi] of {@code s}, trimmed ({@link #trim}), with its cue's character range and
     * its speaker's head in {@code speakerSentence} (none when -1), added to {@code out}; null when the trimmed
     * range is empty. The one place where found statements are made.
     */
    static Attribution addStatement(String text, Sentence s, int lo, int hi, int[] cue, Sentence speakerSentence,
                                    int speakerHead, List<Attribution> out) {
        int[] chars = trim(text, s, lo, hi);
        if (chars == null) {
            return null;
        }
        Attribution a = new Attribution(chars[0], chars[1], QuoteKind.INDIRECT);
        a.cue(cue[0], cue[1]);
        if (speakerHead >= 0) {
            a.speaker(speakerSentence, speakerHead, Parse.nounPhrase(speakerSentence, speakerHead));
        }
        out.add(a);
        return a;
    }

    /**
     * A cue torn off its speaker by the sentence splitter ({@link TornSentence}): what it says after it (its
     * complement, else the words to the sentence's end), or when nothing follows but the channel, the clause
     * before the name; false when neither is there (a quotation's cue, left to the quotation).
     */
    private static boolean tornStatement(String text, Sentence s, Token cue, TornSentence.Name name, List<Attribution> out) {
        List<int[]> ranges;
        Sentence where = s;
        if (TornSentence.saysSomethingAfter(s, cue.index())) {
            ranges = content(s, cue);
            if (ranges.isEmpty()) {
                ranges = List.of(beforeParticipialCue(s, new int[] {cue.index() + 1, s.tokens().size() - 1}));
            }
        } else if (name.hasClause()) {
            where = name.sentence();
            ranges = List.of(new int[] {name.clauseLo(), name.clauseHi()});
        } else {
            return false;
        }
        boolean added = false;
        for (int[] range : ranges) {
            Attribution a = addStatement(text, where, range[0], range[1], new int[] {cue.begin(), cueEnd(s, cue)},
                    name.sentence(), name.head(), out);
            if (a != null) {
                channels(s, cue.index(), a);
                added = true;
            }
        }
        return added;
    }

    /** Token ranges (inclusive) of the statement a cue introduces; two when the cue sits inside it. */
    private static List<int[]> content(Sentence s, Token cue) {
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

    /** Words that stand for a statement made before: "said so", "said the same of Trump", "said as much". */
    private static final Set<String> STAND_INS = Set.of("so", "same", "much", "nothing", "something", "otherwise",
            "little", "yes", "no");

    /**
     * "73 percent said the same of Trump", "Mook said as much", "half said so": a verb of saying whose object
     * stands for what was said; the object (with its of-phrase) is the statement.
     */
    private static List<int[]> standInContent(Sentence s, Token cue) {
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

    /**
     * "said he saw no need to change, telling Stephanopoulos that ...", "said she was tired and predicted
     * that ...": a participial cue, or a cue coordinated by "and"/"but" that shares the subject of an
     * earlier cue, that the parser hung inside the clause starts a statement of its own, so the clause
     * ends before it.
     */
    static int[] beforeParticipialCue(Sentence s, int[] range) {
        for (int i = range[0] + 3; i <= range[1]; i++) {
            Token t = s.token(i);
            if (t.pos().equals("VBG") && s.token(i - 1).word().equals(",") && (CueLexicon.isSpeechVerb(t.lemma())
                    || ParticipleOfAct.startsStatement(s, i))) {
                return new int[] {range[0], i - 2};
            }
            if (ParticipleOfAct.afterClosedQuotation(s, i) && i - 3 >= range[0]) {
                return new int[] {range[0], i - 1}; // "called it a "win," citing ...": the quotation stays whole
            }
            int opener = StatementBoundary.participleOpener(s, i, range[0]);
            if (opener >= 0) {
                return new int[] {range[0], withoutTrailingCommas(s, range[0], opener - 1)};
            }
            int joined = joinedCueClause(s, i, range[0]);
            if (joined >= 0 && !opensTheContent(s, range[0], joined)) {
                return new int[] {range[0], withoutTrailingCommas(s, range[0], joined - 1)};
            }
            if (isCoordinatedCue(s, i) && sharedSubject(s, i) >= 0 || CoordinatedActCue.earlierCue(s, i, range[0]) >= 0) {
                int end = StatementBoundary.conjunctionBefore(s, i) - 1;
                while (end > range[0] && s.token(end).word().equals(",")) {
                    end--;
                }
                return new int[] {range[0], end};
            }
        }
        return range;
    }

    /**
     * "Lee said that while she opposed the plan, she would vote for it": a joiner with nothing before it but the
     * "that" of the content opens a fronted clause of the statement; ending the statement there would leave none.
     */
    private static boolean opensTheContent(Sentence s, int from, int joiner) {
        for (int i = from; i < joiner; i++) {
            Token t = s.token(i);
            if (!Parse.isPunct(t) && !(t.word().equalsIgnoreCase("that") && Parse.relation(s, i).equals("mark"))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "though", "although", "while", "whereas");

    /**
     * "Lee said the vote was fair and Democrats accused her of ...", "... though she noted clients want ...":
     * a cue with a subject of its own after a conjunction, a cue of a relative clause after a comma
     * ("praised Graham, who has vowed ..."), or a cue with its subject and its complement after a comma
     * ("... in Central Asia, he says there is only one winner"), starts another speaker's (or another) statement.
     * The conjunction's index, or -1 when token {@code i} is no such cue.
     */
    private static int joinedCueClause(Sentence s, int i, int from) {
        Token t = s.token(i);
        String pos = t.pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN")) || !isCueOfStatement(t.lemma())
                || MOSTLY_NOT_SAYING.contains(lower(t.lemma()))) {
            return -1;
        }
        int subject = Parse.child(s, i, "nsubj");
        if (subject < 0 || subject > i) {
            return -1;
        }
        int joiner = s.subtreeRange(subject)[0] - 1;
        if (joiner > from && isRelativeSubject(s, subject) && s.token(joiner).word().equals(",")) {
            return joiner; // "praised Franklin Graham, who has vowed not to ...": the relative clause is Graham's
        }
        if (joiner > from && s.token(joiner).word().equals(",") && saysAfter(s, i)) {
            return joiner; // "..., he says there is only one winner": a statement of its own after a comma
        }
        return joiner > from && CLAUSE_JOINERS.contains(lower(s.token(joiner).word())) ? joiner : -1;
    }

    /** The cue's clausal complement (or object, or infinitive) comes after it. */
    private static boolean saysAfter(Sentence s, int cue) {
        int complement = Parse.child(s, cue, "ccomp", "xcomp", "obj");
        return complement > cue;
    }

    /** A cue that takes what was said as its complement; not a bare one like "put" ("while you can, put it in"). */
    private static boolean isCueOfStatement(String lemma) {
        return CueLexicon.takesClause(lemma) || CueLexicon.takesInfinitive(lemma) || CueLexicon.takesObject(lemma);
    }

    private static boolean isRelativeSubject(Sentence s, int subject) {
        String w = lower(s.token(subject).word());
        return (w.equals("who") || w.equals("which")) && Parse.relation(s, Parse.governor(s, subject)).equals("acl:relcl");
    }

    private static int withoutTrailingCommas(Sentence s, int from, int end) {
        while (end > from && s.token(end).word().equals(",")) {
            end--;
        }
        return end;
    }

    /** "cited a new poll", "called for a recount": the object (or the for-phrase of call) is the statement. */
    private static List<int[]> objectContent(Sentence s, Token cue) {
        if (!CueLexicon.takesObject(cue.lemma()) || !EvidenceCue.findsSomethingSaid(s, cue.index())) {
            return List.of();
        }
        int c = cue.index();
        for (Dependency d : s.children(c)) {
            String prep = lower(caseWord(s, d.dependent()));
            int mark = Parse.child(s, d.dependent(), "mark");
            if (d.baseRelation().equals("advcl") && mark >= 0) {
                prep = lower(s.token(mark).word()); // "blasted the panel for failing to ...", parsed as a marked clause
            }
            // "for failing to ..." parsed as a marked clause, or as a clause with "for" as its case ("for wearing")
            boolean reason = d.baseRelation().equals("obl") || d.baseRelation().equals("advcl") && !prep.isEmpty();
            if (reason && d.dependent() > c && CueLexicon.takesReason(cue.lemma(), prep)) {
                int[] r = s.subtreeRange(d.dependent());
                // "thanked Obama for taking these steps"; "accused X of lying and asserted that ..." ends at "and"
                return List.of(beforeParticipialCue(s, new int[] {r[0] + 1, r[1]}));
            }
        }
        for (Dependency d : s.children(c)) {
            boolean object = d.baseRelation().equals("obj") && d.dependent() > c;
            boolean callFor = d.baseRelation().equals("obl") && d.dependent() > c
                    && "for".equalsIgnoreCase(caseWord(s, d.dependent()));
            if (object || callFor) {
                int[] r = s.subtreeRange(d.dependent());
                if (object && lower(cue.lemma()).equals("say") && !saysAThing(s, c, d.dependent())) {
                    return List.of();
                }
                int xcomp = Parse.child(s, c, "xcomp");
                if (xcomp > r[1]) {
                    r = new int[] {r[0], s.subtreeRange(xcomp)[1]};
                }
                int as = asPhrase(s, c);
                int judgement = CueLexicon.needsAs(cue.lemma()) ? judgingAdverb(s, c) : -1;
                if (as < 0 && judgement < 0 && CueLexicon.needsAs(cue.lemma()) && !asWithin(s, c, r[1] + 1)) {
                    return List.of(); // "U.S. forces have seen an uptick in attacks": seeing, not a view
                }
                if (judgement > r[1]) {
                    r = new int[] {r[0], judgement}; // "view him favorably"
                }
                if (as > r[1]) { // "sees Cruz as a uniter", "cited the tax as a major reason it ...": what it was taken for
                    r = new int[] {r[0], s.subtreeRange(as)[1]};
                }
                r = ObjectTopic.throughAs(s, c, ObjectTopic.through(s, c, r)); // "offered praise for the teachers"
                int second = pairedTerm(s, c);
                if (second > r[1]) {
                    r = new int[] {r[0], s.subtreeRange(second)[1]}; // "likened the plan to a tax"
                }
                return List.of(beforeParticipialCue(s, r)); // "attacked Trump, saying ...": two statements
            }
        }
        return List.of();
    }

    /**
     * "She has said little about the plan", "Trump says racist things": the object of "say" is what was said only
     * when the verb has its subject before it and is not inverted ("..., said Ann Lee": the speaker), the object
     * names no one, and no verb follows it ("said the plan would fail": a clause whose subject the parser took
     * for the object).
     */
    private static boolean saysAThing(Sentence s, int cue, int object) {
        int subject = Parse.child(s, cue, "nsubj");
        return subject >= 0 && subject < cue && cue > 0 && !Parse.isPunct(s.token(cue - 1))
                && !s.token(object).isProperNoun() && !verbAfter(s, s.subtreeRange(object)[1]);
    }

    /** A verb (or modal) after token {@code from} before the next comma, semicolon, colon or sentence end. */
    private static boolean verbAfter(Sentence s, int from) {
        for (int i = from + 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            String w = t.word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                return false;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** The cue's oblique introduced by "as" ("see him as a leader"), or -1. */
    /** An "as" among the tokens after the cue up to {@code end} (inclusive), wherever the parser hung it. */
    private static boolean asWithin(Sentence s, int cue, int end) {
        for (int i = cue + 1; i <= end && i < s.tokens().size(); i++) {
            if (s.token(i).word().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }

    /** "views him favorably": an adverb of judgement on a view verb, or -1. */
    private static int judgingAdverb(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("advmod") && CueLexicon.isJudgement(s.token(d.dependent()).word())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** "made clear", "made it plain", "made known": a clause after it is what was told, wherever "clear" hangs. */
    private static boolean makesClear(Sentence s, int cue) {
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

    /** The second term of a pairing cue ("compared X to Y": Y), or -1. */
    private static int pairedTerm(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("obl") && CueLexicon.pairs(s.token(cue).lemma(), caseWord(s, d.dependent()))) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static int asPhrase(Sentence s, int cue) {
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("obl") && "as".equalsIgnoreCase(caseWord(s, d.dependent()))) {
                return d.dependent();
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
    private static List<int[]> around(Sentence s, int gov, int cue) {
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

    private static boolean hasWord(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!Parse.isPunct(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Objects and obliques of the cue that may be the channel: "told CNN", "in an interview with Fox". */
    private static void channels(Sentence s, int cue, Attribution a) {
        for (Dependency d : s.children(cue)) {
            String base = d.baseRelation();
            if (base.equals("obj") || base.equals("iobj")
                    || base.equals("obl") && CHANNEL_CASES.contains(lower(caseWord(s, d.dependent())))) {
                a.channels.add(Parse.nounPhrase(s, d.dependent()));
                for (Dependency inner : s.children(d.dependent())) {
                    if (inner.baseRelation().equals("nmod")) {
                        a.channels.add(Parse.nounPhrase(s, inner.dependent())); // interview with X
                    }
                }
            }
        }
    }

    private static boolean isAccordingTo(Sentence s, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < s.tokens().size()
                && s.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    /** "According to X, CLAUSE" and "CLAUSE, according to X": X is speaker, the rest of its clause the content. */
    private static void accordingTo(String text, Sentence s, Token according, List<Attribution> out) {
        int source = Parse.governor(s, according.index());
        if (source < 0 || source <= according.index()) {
            return;
        }
        int pred = Parse.governor(s, source);
        int copular = CopularAccordingTo.subject(s, according.index(), source); // "That's according to the count"
        if (copular < 0 && (pred < 0 || !reportsAClause(s, pred, source))) {
            accordingToOnTheSurface(text, s, according, source, out);
            return;
        }
        for (int[] part : copular >= 0 ? List.of(s.subtreeRange(copular)) : around(s, pred, source)) {
            int lo = part[0];
            int hi = part[1];
            if (hi == according.index() - 1 || lo <= according.index() && according.index() <= hi) {
                hi = Math.min(hi, according.index() - 1);
            }
            if (hi < lo || !hasWord(s, lo, hi)) {
                continue;
            }
            Attribution a = addStatement(text, s, lo, hi, new int[] {according.begin(), s.token(according.index() + 1).end()},
                    s, source, out);
            if (a == null) {
                continue;
            }
            int[] phrase = Parse.nounPhrase(s, source);
            if (according.index() + 2 < s.tokens().size()) {
                phrase[0] = Math.max(phrase[0], s.token(according.index() + 2).begin()); // without "according to"
            }
            a.speaker(s, source, wholeSource(s, source, according.index() + 2, phrase));
            a.channels.add(phrase);
        }
    }

    /** The governor of "according to X" has a clause of its own around X: not a noun or a lone word. */
    private static boolean reportsAClause(Sentence s, int pred, int source) {
        return s.token(pred).isVerb() || Parse.hasChild(s, pred, "nsubj") || Parse.hasChild(s, pred, "cop");
    }

    /**
     * "CLAUSE, according to X." and "According to X, CLAUSE.", read off the word order when the parser hung the
     * phrase on a noun or left it no governor: the words before the comma (or after the comma that ends X).
     */
    private static void accordingToOnTheSurface(String text, Sentence s, Token according, int source,
                                                List<Attribution> out) {
        int a = according.index();
        int n = s.tokens().size();
        int lo;
        int hi;
        int sourceEnd;
        if (a > 1 && s.token(a - 1).word().equals(",")) {
            lo = 0;
            hi = a - 2;
            sourceEnd = n - 1;
        } else if (a == 0 || a == 1 && Parse.isPunct(s.token(0))) {
            int comma = a + 2;
            while (comma < n && !s.token(comma).word().equals(",")) {
                comma++;
            }
            if (comma >= n - 1) {
                return;
            }
            lo = comma + 1;
            hi = n - 1;
            sourceEnd = comma - 1;
        } else {
            return;
        }
        boolean clause = false;
        for (int i = lo; i <= hi; i++) {
            clause |= s.token(i).isVerb();
        }
        if (!clause || source > sourceEnd) {
            return;
        }
        Attribution st = addStatement(text, s, lo, hi, new int[] {according.begin(), s.token(a + 1).end()}, s, source, out);
        if (st != null) {
            int[] phrase = Parse.nounPhrase(s, source);
            phrase[0] = Math.max(phrase[0], s.token(Math.min(a + 2, n - 1)).begin());
            st.speaker(s, source, wholeSource(s, source, a + 2, phrase));
            st.channels.add(phrase);
        }
    }

    /**
     * The source of "according to" with all its words, {@code a recent report from Bloomberg New Energy Finance},
     * {@code an interview with his brother}: who stands behind a document is named in its modifiers. From
     * token {@code first} on; {@code phrase} when the subtree adds nothing.
     */
    private static int[] wholeSource(Sentence s, int source, int first, int[] phrase) {
        int[] r = s.subtreeRange(source);
        int lo = Math.max(r[0], first);
        int hi = r[1];
        while (hi > source && Parse.isPunct(s.token(hi))) {
            hi--;
        }
        return lo > source ? phrase : new int[] {Math.min(phrase[0], s.token(lo).begin()), Math.max(phrase[1], s.token(hi).end())};
    }

    /** Character range of tokens [lo, hi] without a leading "that", edge punctuation and edge spaces. */
    static int[] trim(String text, Sentence s, int lo, int hi) {
        while (lo <= hi && (Parse.isPunct(s.token(lo)) && !QuoteMarks.isDoubleMark(text, s.token(lo).begin())
                || s.token(lo).word().equalsIgnoreCase("that") && Parse.relation(s, lo).equals("mark"))) {
            lo++;
        }
        while (hi >= lo && Parse.isPunct(s.token(hi)) && !QuoteMarks.isDoubleMark(text, s.token(hi).begin())) {
            hi--;
        }
        if (hi < lo) {
            return null;
        }
        return new int[] {s.token(lo).begin(), s.token(closingMarkAfter(text, s, lo, hi)).end()};
    }

    /**
     * {@code hi}, or the closing mark that follows it over punctuation when tokens [lo, hi] open a quotation
     * they do not close: the parse hangs a sentence's last quotation mark on its root, so a reported
     * statement ending in a quoted fragment ({@code said it was "a last resort."}) would lose its closing mark.
     */
    private static int closingMarkAfter(String text, Sentence s, int lo, int hi) {
        int marks = 0;
        for (int i = lo; i <= hi; i++) {
            if (QuoteMarks.isDoubleMark(text, s.token(i).begin())) {
                marks++;
            }
        }
        if (marks % 2 == 0) {
            return hi;
        }
        for (int j = hi + 1; j < s.tokens().size() && j <= hi + 2 && Parse.isPunct(s.token(j)); j++) {
            if (QuoteMarks.isDoubleMark(text, s.token(j).begin())) {
                return j;
            }
        }
        return hi;
    }

    private static int cueEnd(Sentence s, Token cue) {
        int prt = Parse.child(s, cue.index(), "compound:prt");
        return prt == cue.index() + 1 ? s.token(prt).end() : cue.end(); // "pointed out"
    }

    static String caseWord(Sentence s, int token) {
        int c = Parse.child(s, token, "case");
        return c < 0 ? "" : s.token(c).word();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean insideQuote(List<QuoteMarks.Quoted> quotes, Token t) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.containsOffset(t.begin(), t.end())) {
                return true;
            }
        }
        return false;
    }
}
