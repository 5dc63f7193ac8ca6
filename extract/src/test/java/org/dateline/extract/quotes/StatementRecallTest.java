package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.QuoteTestArticles.quotes;
import static org.dateline.extract.quotes.QuoteTestArticles.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Statements the extractor used to miss entirely, each on a sentence written for it: a medium's report
 * after its clause, and verbs of saying and feeling whose object is what was said or felt.
 */
@Tag("slow")
class StatementRecallTest {
    @Test
    void aMediumReportingAfterTheClauseIsItsSpeaker() {
        List<Quote> q = quotes("The retired pilot was headed to Lisbon for a wedding, the Harbour Gazette reported.\n\n"
                + "The two engineers often travelled for work and were headed to Porto for meetings, the news site Ria Info "
                + "reported.");
        Quote pilot = QuoteTestArticles.quoteWith(q, "headed to Lisbon");
        assertTrue(speaker(pilot).contains("Gazette"), speaker(pilot));
        assertEquals("reported", pilot.cue().text());
        assertTrue(speaker(QuoteTestArticles.quoteWith(q, "headed to Porto")).contains("Ria Info"));
    }

    @Test
    void theObjectOfAVerbOfStressingOrFearingIsWhatWasSaidOrFelt() {
        List<Quote> q = quotes("Mayor Lena Ortiz stressed the late timing of the vote.\n\n"
                + "Dairy farmers in the valley fear a long drought.");
        assertTrue(speaker(QuoteTestArticles.quoteWith(q, "the late timing of the vote")).contains("Ortiz"));
        assertTrue(speaker(QuoteTestArticles.quoteWith(q, "a long drought")).contains("farmers"));
    }

    @Test
    void aDecisionOrPreferenceTakesItsInfinitiveAsThePlan() {
        Quote q = QuoteTestArticles.quoteWith(quotes("The regional council decided to close the ferry on Sundays."),
                "close the ferry");
        assertTrue(speaker(q).contains("council"), speaker(q));
    }

    @Test
    void theObjectOfSayIsWhatWasSaidUnlessItIsTheSpeakerOrAClause() {
        List<Quote> q = quotes("Councillor Ann Whitby has said little about the harbour levy.\n\n"
                + "The bridge will need new cables, said Mayor Lena Ortiz.");
        assertTrue(speaker(QuoteTestArticles.quoteWith(q, "harbour levy")).contains("Whitby"));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Ortiz")), q.toString());
        assertTrue(speaker(QuoteTestArticles.quoteWith(q, "new cables")).contains("Ortiz"));
    }
}
