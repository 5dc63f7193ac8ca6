package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Surnames tagged as common words ("Will wrote", "From agreed"); on hand-built parses (sentences written for the test). */
class NameTakenForWordTest {
    private static final Sentence WILL_WROTE = sentence("Will/will/MD wrote/write/VBD that/that/IN the/the/DT port/port/NN "
                    + "was/be/VBD safe/safe/JJ",
            "aux 1 0", "root -1 1", "mark 6 2", "det 4 3", "nsubj 6 4", "cop 6 5", "ccomp 1 6");

    @Test
    void aWordOpeningTheSentenceIsTheSurnameOfAPersonNamedInTheText() {
        // the text names "Ann Will" in another sentence: the mention's offsets lie outside this one-sentence text
        NerMention annWill = new NerMention(100, 108, "Ann Will", "PERSON", 3, 0, 2);
        AnnotatedText nlp = new AnnotatedText(text(WILL_WROTE), List.of(WILL_WROTE), List.of(annWill), List.of());
        assertEquals(0, NameTakenForWord.before(nlp, WILL_WROTE, 1, List.of()));
    }

    @Test
    void withoutSuchAPersonTheWordStaysAWord() {
        AnnotatedText nlp = new AnnotatedText(text(WILL_WROTE), List.of(WILL_WROTE), List.of(), List.of());
        assertEquals(-1, NameTakenForWord.before(nlp, WILL_WROTE, 1, List.of()));
    }
}
