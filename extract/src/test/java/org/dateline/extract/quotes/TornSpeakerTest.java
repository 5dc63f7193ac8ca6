package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * "Sen. Ann Whitby (R-Ore.) on Monday criticized the levy, saying ...", split by the sentence splitter after the
 * party tag's period: the cues of the torn-off rest speak for the name. On hand-built parses (sentences written
 * for the test), two sentences in one text.
 */
class TornSpeakerTest {
    private static final String NAME = "Sen./Sen./NNP Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON (/(/-LRB- "
            + "R-Ore/R-Ore/NNP ././. )/)/-RRB-";
    private static final String[] NAME_EDGES = {"compound 2 0", "compound 2 1", "root -1 2", "punct 4 3", "dep 2 4",
        "punct 2 5", "punct 2 6"};
    private static final String REST = "on/on/IN Monday/Monday/NNP/DATE criticized/criticize/VBD the/the/DT levy/levy/NN "
            + ",/,/, saying/say/VBG it/it/PRP would/would/MD empty/empty/VB the/the/DT harbour/harbour/NN ././.";
    private static final String[] REST_EDGES = {"case 1 0", "obl 2 1", "root -1 2", "det 4 3", "obj 2 4", "punct 2 5",
        "advcl 2 6", "nsubj 9 7", "aux 9 8", "ccomp 6 9", "det 11 10", "obj 9 11", "punct 2 12"};

    @Test
    void cuesOfTheTornOffRestSpeakForTheNameEndingTheSentenceBefore() {
        List<Attribution> found = find(" ");
        assertEquals(2, found.size(), found.toString());
        for (Attribution a : found) {
            assertEquals("Sen. Ann Whitby", lastText.substring(a.speakerBegin, a.speakerEnd));
        }
    }

    @Test
    void aLineBreakBetweenMeansTwoSentencesAndNoSpeaker() {
        for (Attribution a : find("\n\n")) {
            assertEquals(-1, a.speakerBegin, a.toString());
        }
    }

    private static String lastText;

    private static List<Attribution> find(String between) {
        StringBuilder text = new StringBuilder();
        Sentence name = HandText.append(0, text, NAME, NAME_EDGES);
        text.append(between);
        Sentence rest = HandText.append(1, text, REST, REST_EDGES);
        lastText = text.toString();
        AnnotatedText nlp = new AnnotatedText(lastText, List.of(name, rest), List.of(), List.of());
        return new ClauseAttributor().find(nlp, List.of()).attributions();
    }
}
