package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The words a sign, an email, a statement or a headline carries: "read" right next to a quotation's marks is its
 * cue ({@code "...," the email read}, {@code "...," read the statement}, {@code One sign read: "..."}) and what
 * reads speaks. Only beside the marks: elsewhere "read" is someone reading, so it stays out of {@link CueLexicon}.
 */
final class ReadingCue {
    /** How far after the closing mark the verb may stand, in tokens: the carrier's noun phrase comes first. */
    private static final int REACH = 8;

    private ReadingCue() {
    }

    /** {@code "...," the email read.} or {@code "...," read the statement.} right after the closing mark. */
    static boolean after(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        if (!q.closed()) {
            return false;
        }
        Sentence s = SurfaceCue.sentenceFrom(nlp, q.end());
        int first = s == null ? -1 : SurfaceCue.firstTokenFrom(s, q.end());
        while (first >= 0 && first < s.tokens().size() && Parse.isPunct(s.token(first))
                && !QuoteMarks.isDoubleMark(nlp.text(), s.token(first).begin())) {
            first++; // the framing comma
        }
        if (first < 0 || first >= s.tokens().size() || nlp.text().substring(q.end(), s.token(first).begin()).contains("\n")) {
            return false;
        }
        int verb = -1;
        for (int i = first; i < s.tokens().size() && i < first + REACH; i++) {
            Token t = s.token(i);
            if (QuoteMarks.isDoubleMark(nlp.text(), t.begin()) || t.word().equals(".") || t.word().equals(";")) {
                break;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                verb = isRead(t) ? i : -1;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        int head = verb == first ? SpeakerBesideCue.speakerAfterAny(s, verb) : SurfaceCue.nounRunHead(s, first, verb);
        if (head < 0 || ClauseAttributor.insideQuote(quotes, s.token(head))) {
            return false;
        }
        int start = verb == first ? verb + 1 : first;
        a.cue(s.token(verb).begin(), s.token(verb).end());
        a.speaker(s, head, new int[] {s.token(start).begin(), s.token(head).end()});
        return true;
    }

    /** {@code One sign read: "..."}, {@code a banner that read "..."}: "read" with its subject right before the opening mark. */
    static boolean before(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        Sentence s = q.open() == 0 ? null : nlp.sentenceAt(q.open());
        int mark = s == null ? -1 : SurfaceCue.firstTokenFrom(s, q.open());
        if (mark <= 0) {
            return false;
        }
        int verb = mark - 1;
        if (s.token(verb).word().equals(",") || s.token(verb).word().equals(":")) {
            verb--;
        }
        if (verb < 0 || !isRead(s.token(verb))) {
            return false;
        }
        int subject = Parse.child(s, verb, "nsubj");
        if (subject < 0 || subject > verb || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false;
        }
        a.cue(s.token(verb).begin(), s.token(verb).end());
        a.speaker(s, subject, Parse.nounPhrase(s, subject));
        return true;
    }

    /** A finite "read": "reads", "read" (the participles are someone's reading: "having read the letter"). */
    private static boolean isRead(Token t) {
        String pos = t.pos();
        return t.lemma().equalsIgnoreCase("read") && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"));
    }
}
