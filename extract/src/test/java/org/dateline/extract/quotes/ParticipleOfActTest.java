package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The senators argue that the law is clear, citing a case": a participle of a cue that is no verb of saying, set
 * off by a comma, is a statement of its own by the same speaker; a participle of a condition ("assuming") is not.
 * Hand-built parses of sentences written for the test, the participle hung inside the content as the parser does.
 */
class ParticipleOfActTest {
    private static Attribution withCue(List<Attribution> found, String text, String cue) {
        return found.stream().filter(a -> a.cueBegin == text.indexOf(cue)).findFirst().orElseThrow();
    }

    private static List<Attribution> argue(String participle, String lemma) {
        return found("The/the/DT senators/senator/NNS argue/argue/VBP that/that/IN the/the/DT law/law/NN is/be/VBZ "
                        + "clear/clear/JJ ,/,/, " + participle + "/" + lemma + "/VBG a/a/DT case/case/NN from/from/IN "
                        + "2010/2010/CD ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "mark 7 3", "det 5 4", "nsubj 7 5", "cop 7 6", "ccomp 2 7",
                "punct 7 8", "advcl 7 9", "det 11 10", "obj 9 11", "case 13 12", "nmod 11 13", "punct 2 14");
    }

    @Test
    void theContentEndsBeforeTheParticipleOfAnAct() {
        String text = "The senators argue that the law is clear , citing a case from 2010 .";
        List<Attribution> found = argue("citing", "cite");
        assertEquals("the law is clear", content(withCue(found, text, "argue")));
        Attribution citing = withCue(found, text, "citing");
        assertEquals("The senators", speaker(citing));
        assertEquals("a case from 2010", content(citing));
    }

    @Test
    void aConditionStaysInTheContent() {
        String text = "The senators argue that the law is clear , assuming a case from 2010 .";
        assertEquals("the law is clear , assuming a case from 2010", content(withCue(argue("assuming", "assume"), text, "argue")));
    }

    @Test
    void aQuotationClosedWithItsCommaEndsBeforeTheParticiple() {
        String text = "Lee called it a \" huge win , \" citing the polls .";
        List<Attribution> found = found("Lee/Lee/NNP called/call/VBD it/it/PRP a/a/DT \"/``/`` huge/huge/JJ win/win/NN "
                        + ",/,/, \"/''/'' citing/cite/VBG the/the/DT polls/poll/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "det 6 3", "punct 6 4", "amod 6 5", "xcomp 1 6", "punct 6 7",
                "punct 6 8", "acl 6 9", "det 11 10", "obj 9 11", "punct 1 12");
        assertEquals("it a \" huge win , \"", content(withCue(found, text, "called")));
        assertEquals("the polls", content(withCue(found, text, "citing")));
    }

    @Test
    void aDashSetsOffTheParticipleOfAnAct() {
        String text = "Lee said the plan would fail - citing the cost .";
        List<Attribution> found = found("Lee/Lee/NNP said/say/VBD the/the/DT plan/plan/NN would/would/MD fail/fail/VB "
                        + "-/-/: citing/cite/VBG the/the/DT cost/cost/NN ././.",
                "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "punct 5 6", "advcl 5 7",
                "det 9 8", "obj 7 9", "punct 1 10");
        assertEquals("the plan would fail", content(withCue(found, text, "said")));
        Attribution citing = withCue(found, text, "citing");
        assertEquals("Lee", speaker(citing));
        assertEquals("the cost", content(citing));
    }
}
