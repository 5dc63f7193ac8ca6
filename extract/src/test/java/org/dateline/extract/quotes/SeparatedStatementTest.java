package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

class SeparatedStatementTest {

    private static Attribution statement(String text, String speaker, String cue, String content) {
        Attribution a = new Attribution(text.indexOf(content), text.indexOf(content) + content.length(), QuoteKind.INDIRECT);
        a.cue(text.indexOf(cue), text.indexOf(cue) + cue.length());
        a.speakerBegin = text.indexOf(speaker);
        a.speakerEnd = a.speakerBegin + speaker.length();
        return a;
    }

    @Test
    void semicolonBeforeAnotherSpeakerEndsTheFirstStatement() {
        String text = "Ada said the bridge would close in May; 40 percent said they would drive around it.";
        Attribution ada = statement(text, "Ada", "said", "the bridge would close in May; 40 percent said they would drive around it");
        Attribution share = statement(text, "40 percent", "said they", "they would drive around it");
        List<Attribution> kept = QuoteExtractor.withoutNested(text, List.of(ada, share));
        assertEquals(2, kept.size());
        assertEquals("the bridge would close in May", text.substring(ada.contentBegin, ada.contentEnd));
    }

    @Test
    void contrastingWhileBeforeAnotherSpeakerEndsTheFirstStatement() {
        String text = "Ada said rents rose, while the tenants' union reported that they fell.";
        Attribution ada = statement(text, "Ada", "said", "rents rose, while the tenants' union reported that they fell");
        Attribution union = statement(text, "the tenants' union", "reported", "that they fell");
        assertEquals(text.indexOf(", while"), SeparatedStatement.end(text, ada, union));
    }

    @Test
    void aSemicolonInsideTheQuotedWordsIsTheSpeakers() {
        String text = "Ada said \"the bridge will close; Lee said so\" on Monday.";
        Attribution ada = statement(text, "Ada", "said", "\"the bridge will close; Lee said so\"");
        Attribution lee = statement(text, "Lee", "said so", "so");
        assertEquals(-1, SeparatedStatement.end(text, ada, lee));
    }

    @Test
    void aNestedStatementWithoutSeparatorStaysNested() {
        String text = "Ada said Lee believes the bridge will close.";
        Attribution ada = statement(text, "Ada", "said", "Lee believes the bridge will close");
        Attribution lee = statement(text, "Lee", "believes", "the bridge will close");
        assertEquals(-1, SeparatedStatement.end(text, ada, lee));
        assertEquals(1, QuoteExtractor.withoutNested(text, List.of(ada, lee)).size());
    }

    @Test
    void butBeforeAnotherSpeakerEndsTheFirstStatement() {
        String text = "Ada said the plan was cheap, but the mayor's aides fear it will cost more.";
        Attribution ada = statement(text, "Ada", "said", "the plan was cheap, but the mayor's aides fear it will cost more");
        Attribution aides = statement(text, "the mayor's aides", "fear", "it will cost more");
        assertEquals(text.indexOf(", but"), SeparatedStatement.end(text, ada, aides));
    }

    @Test
    void andBeforeAnotherSpeakerDoesNotEndIt() {
        String text = "Ada said the plan was cheap, and the aides fear it will cost more.";
        Attribution ada = statement(text, "Ada", "said", "the plan was cheap, and the aides fear it will cost more");
        Attribution aides = statement(text, "the aides", "fear", "it will cost more");
        assertEquals(-1, SeparatedStatement.end(text, ada, aides));
    }
}
