package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Which statement a later quotation of the same paragraph continues, on offsets alone (no parse needed). */
class ContinuedStatementTest {
    private static final String TEXT = "\"The port is shut,\" Lee said, adding that it would reopen soon. \"It will take weeks.\"";

    private static Attribution statement(String content, String cue) {
        Attribution a = new Attribution(TEXT.indexOf(content), TEXT.indexOf(content) + content.length(), QuoteKind.INDIRECT);
        a.cue(TEXT.indexOf(cue), TEXT.indexOf(cue) + cue.length());
        a.speaker(null, 0, new int[] {TEXT.indexOf("Lee"), TEXT.indexOf("Lee") + 3});
        return a;
    }

    @Test
    void aQuotationAfterASaidAndAddingContinuesTheAdding() {
        Attribution said = statement("The port is shut", "said");
        Attribution adding = statement("it would reopen soon", "adding");
        assertSame(adding, ContinuedStatement.lastOfSameSpeaker(TEXT, said, List.of(said, adding), TEXT.indexOf("\"It")));
    }

    @Test
    void anotherParticipleIsAnAsideTheQuotationDoesNotContinue() {
        String text = TEXT.replace("adding", "hoping");
        Attribution said = new Attribution(1, 17, QuoteKind.DIRECT);
        said.cue(text.indexOf("said"), text.indexOf("said") + 4);
        said.speaker(null, 0, new int[] {text.indexOf("Lee"), text.indexOf("Lee") + 3});
        Attribution hoping = new Attribution(text.indexOf("it would"), text.indexOf(". \"It"), QuoteKind.INDIRECT);
        hoping.cue(text.indexOf("hoping"), text.indexOf("hoping") + 6);
        hoping.speaker(null, 0, new int[] {text.indexOf("Lee"), text.indexOf("Lee") + 3});
        assertSame(said, ContinuedStatement.lastOfSameSpeaker(text, said, List.of(said, hoping), text.indexOf("\"It")));
    }
}
