package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "“...,” Will wrote.", "From agreed that ...": surnames that are also common words (columnist George Will, Al
 * From) are tagged as a modal or a preposition and a cue right after them gets no subject. Such a word is the
 * speaker when it stands where the subject would (opening the sentence, or after a closing mark or comma) and the
 * text names a person or organization ending in that word elsewhere.
 */
final class NameTakenForWord {
    private NameTakenForWord() {
    }

    /** The surname right before a tensed or participial {@code verb} with no subject, or -1. */
    static int before(AnnotatedText nlp, Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        String pos = s.token(verb).pos();
        boolean tensed = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN");
        if (!tensed || verb == 0 || Parse.child(s, verb, "nsubj", "csubj") >= 0) {
            return -1;
        }
        int word = verb - 1;
        Token t = s.token(word);
        boolean inSubjectPlace = word == 0 || Parse.isPunct(s.token(word - 1));
        if (!inSubjectPlace || t.isNoun() || !Character.isUpperCase(t.word().charAt(0))
                || ClauseAttributor.insideQuote(quotes, t) || !isSurnameInText(nlp, t.word())) {
            return -1;
        }
        return word;
    }

    private static boolean isSurnameInText(AnnotatedText nlp, String word) {
        for (NerMention m : nlp.mentions()) {
            boolean named = m.type().equals("PERSON") || m.type().equals("ORGANIZATION");
            if (named && m.text().contains(" ") && m.text().endsWith(" " + word)) {
                return true;
            }
        }
        return false;
    }
}
