package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;

/**
 * {@code Ann Lee agreed. “The port must stay open ...”}: a quotation opening a sentence right after one, in the same
 * paragraph, whose main verb is a cue with a subject and which quotes nothing itself, gives that cue's subject the
 * quotation: the sentence before introduces what follows. Asked last, after the quoted speaker of the paragraph.
 */
final class LeadSentence {
    private LeadSentence() {
    }

    /** Gives {@code a} the cue and speaker of the sentence right before quotation {@code q}; false when there is none. */
    static boolean speaker(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        Sentence s = nlp.sentenceAt(q.open());
        if (s == null || s.index() == 0 || s.token(0).begin() != q.open()) {
            return false;
        }
        Sentence before = nlp.sentences().get(s.index() - 1);
        if (nlp.text().substring(before.end(), s.begin()).contains("\n") || quotesAnything(before, quotes)) {
            return false;
        }
        int root = -1;
        for (int i = 0; root < 0 && i < before.tokens().size(); i++) {
            root = Parse.relation(before, i).equals("root") ? i : -1;
        }
        if (root < 0 || !before.token(root).isVerb() || !CueLexicon.isAnyCue(before.token(root).lemma())) {
            return false;
        }
        int subject = CueSpeaker.speakerOf(before, root, quotes);
        if (subject < 0 || subject > root) {
            return false;
        }
        a.cue(before.token(root).begin(), before.token(root).end());
        a.speaker(before, subject, Parse.nounPhrase(before, subject));
        return true;
    }

    private static boolean quotesAnything(Sentence s, List<QuoteMarks.Quoted> quotes) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() < s.end() && s.begin() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
