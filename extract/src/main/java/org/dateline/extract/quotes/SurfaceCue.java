package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The cue of a quotation read off the word order next to its marks, for sentences the parser tore
 * apart (quoted words are often parsed as the root, the cue as their clause): {@code "...," the judge
 * exclaimed}, {@code "...," said the judge}, {@code "..." Murphy, the head of the fund, tweeted} after
 * the closing mark, and {@code he began by saying, "..."} before the opening mark.
 */
final class SurfaceCue {
    /** How far from the mark a cue may stand, in tokens. */
    private static final int REACH = 12;

    private SurfaceCue() {
    }

    /** A speaker noun phrase and a speech verb (either order) right after the closing mark. */
    static boolean after(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        return afterClosingMark(nlp, q, quotes, a, REACH, SurfaceCue::isSpeechWord);
    }

    /**
     * A speaker noun phrase and a cue (either order) right after the closing mark, the cue the first verb within
     * {@code reach} tokens, or a word {@code isCue} accepts before it; shared with {@link ReadingCue}.
     */
    static boolean afterClosingMark(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes,
                                    Attribution a, int reach, Predicate<Token> isCue) {
        if (!q.closed()) {
            return false;
        }
        Sentence s = sentenceFrom(nlp, q.end()); // "...!" may end its sentence: the cue starts the next one
        if (s == null) {
            return false;
        }
        int first = firstTokenFrom(s, q.end());
        while (first >= 0 && first < s.tokens().size() && Parse.isPunct(s.token(first))
                && !QuoteMarks.isDoubleMark(nlp.text(), s.token(first).begin())) {
            first++; // the framing comma
        }
        if (first < 0 || first >= s.tokens().size() || nlp.text().substring(q.end(), s.token(first).begin()).contains("\n")) {
            return false;
        }
        int verb = -1;
        for (int i = first; i < s.tokens().size() && i < first + reach; i++) {
            Token t = s.token(i);
            if (QuoteMarks.isDoubleMark(nlp.text(), t.begin()) || t.word().equals(".") || t.word().equals(";")) {
                break;
            }
            if (t.isVerb() || t.pos().equals("MD") || isCue.test(t)) {
                verb = isCue.test(t) ? i : -1;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        int head = verb == first ? SpeakerBesideCue.speakerAfterAny(s, verb) : nounRunHead(s, first, verb);
        if (head < 0 || ClauseAttributor.insideQuote(quotes, s.token(head))) {
            return false;
        }
        int start = verb == first ? verb + 1 : first;
        a.cue(s.token(verb).begin(), s.token(verb).end());
        a.speaker(s, head, new int[] {s.token(start).begin(), s.token(head).end()});
        return true;
    }

    /** A speech verb ending the words before the opening mark: {@code he began by saying, "..."}. */
    static boolean before(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        if (q.open() == 0) {
            return false;
        }
        Sentence s = nlp.sentenceAt(q.open());
        int mark = s == null ? -1 : firstTokenFrom(s, q.open());
        if (mark <= 0) {
            return false;
        }
        int i = mark - 1;
        if (Parse.isPunct(s.token(i)) && (s.token(i).word().equals(",") || s.token(i).word().equals(":"))) {
            i--;
        }
        for (int steps = 0; i >= 0 && steps < 6; i--, steps++) {
            Token t = s.token(i);
            if (Parse.isPunct(t)) {
                return false;
            }
            if (t.isVerb()) {
                if (!isSpeechWord(t)) {
                    return false;
                }
                int subject = CueSpeaker.speakerOf(s, i, quotes);
                for (int g = Parse.governor(s, i), up = 0; subject < 0 && g >= 0 && up < 3; g = Parse.governor(s, g), up++) {
                    subject = Parse.child(s, g, "nsubj"); // "he began by saying": the subject of the governing verb
                }
                if (subject < 0 || subject >= mark) {
                    return false;
                }
                a.cue(t.begin(), t.end());
                a.speaker(s, subject, Parse.nounPhrase(s, subject));
                return true;
            }
        }
        return false;
    }

    /** The head of the noun phrase opening [from, to): its last noun before an apposition or the verb. */
    static int nounRunHead(Sentence s, int from, int to) {
        int head = -1;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            String pos = t.pos();
            if (t.isNoun() || pos.equals("PRP")) {
                head = i;
            } else if (pos.equals("DT") || pos.equals("JJ") || pos.equals("PRP$") || pos.equals("CD") || pos.equals("POS")
                    || pos.equals("HYPH")) {
                continue;
            } else if (head >= 0) {
                return head; // "Murphy, the head of the fund, tweeted": the first noun phrase names the speaker
            } else {
                return -1;
            }
        }
        return head;
    }

    static boolean isSpeechWord(Token t) {
        if (CueLexicon.isSpeechVerb(t.lemma()) || t.isVerb() && CueLexicon.takesClause(t.lemma())) {
            return true;
        }
        String w = t.word().toLowerCase(Locale.ROOT); // verbs the tagger took for names: "Tweeted"
        return (w.endsWith("ed") || w.endsWith("s")) && (CueLexicon.isSpeechVerb(w.replaceAll("(ed|d|s)$", ""))
                || CueLexicon.isSpeechVerb(w.replaceAll("(ed|s)$", "")));
    }

    /** The sentence holding {@code offset}, or the first one after it. */
    static Sentence sentenceFrom(AnnotatedText nlp, int offset) {
        for (Sentence s : nlp.sentences()) {
            if (s.end() > offset) {
                return s;
            }
        }
        return null;
    }

    static int firstTokenFrom(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() >= offset) {
                return t.index();
            }
        }
        return -1;
    }
}
