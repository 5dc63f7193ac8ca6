package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** A statement said inside a relative clause that closes the outer content stands apart, on offsets alone. */
class RelativeClauseStatementTest {
    private static Attribution outer(String text) {
        Attribution praised = new Attribution(text.indexOf("the mill"), text.length() - 1, QuoteKind.INDIRECT);
        praised.cue(text.indexOf("praised"), text.indexOf("praised") + 7);
        praised.speakerBegin = 0;
        praised.speakerEnd = 3;
        return praised;
    }

    private static Attribution inner(String text, String speaker, String cue, int contentEnd) {
        int cueBegin = text.indexOf(" " + cue + " ") + 1;
        Attribution said = new Attribution(cueBegin + cue.length() + 1, contentEnd, QuoteKind.INDIRECT);
        said.cue(cueBegin, cueBegin + cue.length());
        said.speakerBegin = text.indexOf(speaker);
        said.speakerEnd = said.speakerBegin + speaker.length();
        return said;
    }

    @Test
    void aStatementInARelativeClauseClosingTheOuterContentStandsApart() {
        String text = "Ada praised the mill, which her rival said had cost the town dearly.";
        Attribution praised = outer(text);
        Attribution said = inner(text, "her rival", "said", text.length() - 1);
        List<Attribution> kept = QuoteExtractor.withoutNested(text, List.of(praised, said));
        assertEquals(2, kept.size());
        assertEquals("the mill", text.substring(praised.contentBegin, praised.contentEnd));
        assertEquals("had cost the town dearly", text.substring(said.contentBegin, said.contentEnd));
    }

    @Test
    void anAdverbAndAnAuxiliaryMayStandBetweenSpeakerAndCue() {
        String text = "Ada praised the mill that critics have repeatedly argued was a burden.";
        Attribution said = inner(text, "critics", "argued", text.length() - 1);
        said.cue(text.indexOf("argued"), text.indexOf("argued") + 6);
        assertEquals(text.indexOf("that"), RelativeClauseStatement.pronounBegin(text, said, outer(text)));
    }

    @Test
    void aRelativeClauseInTheMiddleOfTheOuterContentStaysNested() {
        String text = "Ada praised the mill, which her rival said had closed, as a model.";
        Attribution said = inner(text, "her rival", "said", text.indexOf(", as"));
        List<Attribution> kept = QuoteExtractor.withoutNested(text, List.of(outer(text), said));
        assertEquals(1, kept.size());
    }

    @Test
    void aSpeakerWithoutARelativePronounBeforeItStaysNested() {
        String text = "Ada praised the mill and her rival said it was closing.";
        Attribution said = inner(text, "her rival", "said", text.length() - 1);
        assertEquals(-1, RelativeClauseStatement.pronounBegin(text, said, outer(text)));
    }

    @Test
    void aCueFollowedByThatOrAnObjectStaysNested() {
        String text = "Ada praised the mill, which her rival said that day.";
        Attribution said = inner(text, "her rival", "said", text.length() - 1);
        assertEquals(-1, RelativeClauseStatement.pronounBegin(text, said, outer(text)));
    }
}
