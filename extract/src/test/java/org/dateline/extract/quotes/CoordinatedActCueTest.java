package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Lee urged the city to close the plant and proposed a fund": a coordinated act of speech after a cue's content
 * is a statement of its own by the cue's speaker. Hand-built parses (sentences written for the test) with the
 * parser's usual error: the second verb hung as a conjunct of the infinitive inside the first content.
 */
class CoordinatedActCueTest {
    private static final String URGED = "Lee urged the city to close the plant and proposed a fund .";

    private static List<Attribution> urged() {
        return found("Lee/Lee/NNP urged/urge/VBD the/the/DT city/city/NN to/to/TO close/close/VB the/the/DT "
                        + "plant/plant/NN and/and/CC proposed/propose/VBD a/a/DT fund/fund/NN ././.",
                "root -1 1", "nsubj 1 0", "det 3 2", "obj 1 3", "mark 5 4", "xcomp 1 5", "det 7 6", "obj 5 7",
                "cc 9 8", "conj 5 9", "det 11 10", "obj 9 11", "punct 1 12");
    }

    private static Attribution withCue(List<Attribution> found, String text, String cue) {
        return found.stream().filter(a -> a.cueBegin == text.indexOf(cue)).findFirst().orElseThrow();
    }

    @Test
    void theFirstContentEndsBeforeTheCoordinatedAct() {
        assertEquals("the city to close the plant", content(withCue(urged(), URGED, "urged")));
    }

    @Test
    void theCoordinatedActIsTheFirstSpeakersStatement() {
        Attribution proposed = withCue(urged(), URGED, "proposed");
        assertEquals("Lee", speaker(proposed));
        assertEquals("a fund", content(proposed));
    }

    @Test
    void twoVerbsOfOneTenseInsideTheContentStayTogether() {
        String text = "Lee said Ann quit and wanted a change .";
        List<Attribution> found = found("Lee/Lee/NNP said/say/VBD Ann/Ann/NNP quit/quit/VBD and/and/CC "
                        + "wanted/want/VBD a/a/DT change/change/NN ././.",
                "root -1 1", "nsubj 1 0", "nsubj 3 2", "ccomp 1 3", "cc 5 4", "conj 3 5", "det 7 6", "obj 5 7",
                "punct 1 8");
        assertEquals("Ann quit and wanted a change", content(withCue(found, text, "said")));
    }
}
