package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A quotation labelled "NAME: “...”" inside a paragraph; on hand-built parses (a digest item written for the test). */
class NameLabelledQuotationTest {
    /** "FERRIES RUN LATE - Ann Lee and Bo Park : “ The port is slow ”" with the heading parsed as the subject. */
    private static final String DIGEST = "FERRIES/ferry/NNS RUN/run/VBP LATE/late/RB -/-/: Ann/Ann/NNP/PERSON "
            + "Lee/Lee/NNP/PERSON and/and/CC Bo/Bo/NNP/PERSON Park/Park/NNP/PERSON :/:/: “/“/`` The/the/DT port/port/NN "
            + "is/be/VBZ slow/slow/JJ ”/”/''";

    @Test
    void theNamesBeforeTheColonSpeakNotTheHeading() {
        Sentence s = sentence(DIGEST, "nsubj 1 0", "root -1 1", "advmod 1 2", "punct 1 3", "compound 5 4",
                "dep 1 5", "cc 8 6", "compound 8 7", "conj 5 8", "punct 5 9", "punct 14 10", "det 12 11",
                "nsubj 14 12", "cop 14 13", "parataxis 1 14", "punct 14 15");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port is slow");
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        a.cue(s.token(1).begin(), s.token(1).end());
        a.speaker(s, 0, new int[] {s.token(0).begin(), s.token(0).end()}); // the heading, as the parse offers it
        NameLabelledQuotation.relabel(new AnnotatedText(text, List.of(s), List.of(), List.of()), List.of(q), List.of(a));
        assertEquals("Ann Lee and Bo Park", text.substring(a.speakerBegin, a.speakerEnd));
        assertEquals(":", text.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void aNameAfterAPrepositionIsNoLabel() {
        // "She wrote to Lee : “ ... ”": Lee is whom she wrote to, not who speaks
        Sentence s = sentence("She/she/PRP wrote/write/VBD to/to/TO Lee/Lee/NNP/PERSON :/:/: “/“/`` Come/come/VB "
                + "home/home/RB ”/”/''", "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4", "punct 6 5",
                "parataxis 1 6", "advmod 6 7", "punct 6 8");
        assertEquals(null, NameLabelledQuotation.nameBefore(s, 4));
    }

    @Test
    void aParenthesisAfterTheNameIsSkippedAndMoreFromIsABoundary() {
        Sentence s = sentence("More/more/JJR from/from/IN Rep./Rep./NNP Lee/Lee/NNP/PERSON (/(/-LRB- D-Ore./D-Ore./NNP "
                + ")/)/-RRB- :/:/:", "amod 2 0", "case 3 1", "compound 3 2", "root -1 3", "punct 5 4", "appos 3 5",
                "punct 5 6", "punct 3 7");
        int[] name = NameLabelledQuotation.nameBefore(s, 7);
        assertEquals("Rep. Lee", text(s).substring(s.token(name[0]).begin(), s.token(name[1]).end()));
    }

    @Test
    void aSecondLabelInTheParagraphEndsTheFirstTurn() {
        StringBuilder text = new StringBuilder();
        Sentence lee = HandText.append(0, text, "Lee/Lee/NNP/PERSON :/:/: “/“/`` We/we/PRP will/will/MD win/win/VB ././. "
                + "”/”/''", "root -1 0", "punct 0 1", "punct 5 2", "nsubj 5 3", "aux 5 4", "parataxis 0 5",
                "punct 5 6", "punct 5 7");
        text.append(' ');
        Sentence park = HandText.append(1, text, "Park/Park/NNP/PERSON :/:/: “/“/`` We/we/PRP will/will/MD not/not/RB "
                + "././. ”/”/''", "root -1 0", "punct 0 1", "punct 5 2", "nsubj 4 3", "parataxis 0 4", "advmod 4 5",
                "punct 4 6", "punct 4 7");
        List<int[]> paragraphs = List.of(new int[] {0, text.length()});
        AnnotatedText nlp = new AnnotatedText(text.toString(), List.of(lee, park), List.of(), List.of());
        List<Attribution> found = new QuoteAttributor().attribute(nlp, paragraphs,
                QuoteMarks.find(text.toString(), paragraphs), new ClauseAttributor.Found(List.of(), List.of()));
        assertEquals(2, found.size(), found.toString());
        assertEquals("Lee", text.substring(found.get(0).speakerBegin, found.get(0).speakerEnd));
        assertEquals("We will win .", text.substring(found.get(0).contentBegin, found.get(0).contentEnd));
        assertEquals("Park", text.substring(found.get(1).speakerBegin, found.get(1).speakerEnd));
        assertEquals("We will not .", text.substring(found.get(1).contentBegin, found.get(1).contentEnd));
    }

    private static QuoteMarks.Quoted quoted(String text, String content) {
        int begin = text.indexOf(content);
        int end = begin + content.length();
        return new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
    }
}
