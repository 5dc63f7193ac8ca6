package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who is named as the speaker when the parse offers a wrong candidate first; each on a sentence written for it. */
@Tag("slow")
class SpeakerChoiceTest {
    private static List<Quote> quotes(String text) {
        return QuoteTestArticles.analyze(text).quotes();
    }

    private static String speaker(Quote q) {
        assertNotNull(q.speaker(), "no speaker for " + q);
        assertNotNull(q.speaker().mention(), "no speaker mention for " + q);
        return q.speaker().mention().text();
    }

    @Test
    void aParticipleHungOnTheObjectTellsWhatTheVerbsDoerSaid() {
        List<Quote> q = quotes("Mayor Lena Ortiz issued a statement on Tuesday saying the bridge would reopen in May.\n\n"
                + "Senator Ann Whitby attacked council leader Tom Berg, with whom she clashed at Monday's hearing,"
                + " calling him a club of insiders.");
        Quote statement = QuoteTestArticles.quoteWith(q, "bridge would reopen");
        assertTrue(speaker(statement).contains("Ortiz"), speaker(statement));
        Quote calling = QuoteTestArticles.quoteWith(q, "club of insiders");
        assertTrue(speaker(calling).contains("Whitby"), speaker(calling));
    }
}
