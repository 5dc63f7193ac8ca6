package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.AccordingToCue.accordingTo;
import static org.dateline.extract.quotes.AccordingToCue.isAccordingTo;
import static org.dateline.extract.quotes.CueContent.content;
import static org.dateline.extract.quotes.CueContent.makesClear;
import static org.dateline.extract.quotes.CueContent.standInContent;
import static org.dateline.extract.quotes.Parse.lower;
import static org.dateline.extract.quotes.StatementEnd.beforeParticipialCue;

import java.util.ArrayList;
import java.util.List;
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
 * the priority is ...}) and {@code according to X} ({@link AccordingToCue}). The speaker is the cue's subject,
 * found up the tree when the cue has none of its own ({@link CueSpeaker}, {@link SpeakerBesideCue}); the content
 * comes from {@link CueContent}. This class walks the tokens, asks the rule classes in order and makes the
 * statements. Cues without any complement are kept as dangling cues for the quotations around them.
 */
final class ClauseAttributor {
    /** A cue with no complement: "he said." after a quotation. */
    record DanglingCue(Sentence sentence, int token) {
    }

    /** What one pass over the text found. */
    record Found(List<Attribution> attributions, List<DanglingCue> dangling) {
    }

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
                            || ReleasedContentCue.verb(nlp.text(), s, t, quotes, out) // "released an ad"
                            || StirringVerbCue.verb(nlp.text(), s, t, quotes, out)) { // "her remark angered voters"
                        continue;
                    }
                    if (CueLexicon.isSpeechVerb(t.lemma())) {
                        dangling.add(new DanglingCue(s, t.index()));
                    }
                    continue;
                }
                CueSpeaker.Mention speaker = CueSpeaker.ofVerbCue(nlp, s, t, quotes);
                if (speaker == null) {
                    continue; // a view held by nobody named is no statement
                }
                for (int[] whole : content) {
                    int[] range = ParallelParticiple.before(s, t.index(), whole); // "calling him X and accusing him"
                    Attribution a = addStatement(nlp.text(), s, range[0], range[1], new int[] {t.begin(), cueEnd(s, t)},
                            speaker.sentence(), speaker.head(), out);
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

    static boolean insideQuote(List<QuoteMarks.Quoted> quotes, Token t) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.containsOffset(t.begin(), t.end())) {
                return true;
            }
        }
        return false;
    }
}
