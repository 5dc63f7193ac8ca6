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
        return SurfaceCue.afterClosingMark(nlp, q, quotes, a, REACH, ReadingCue::isRead);
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
