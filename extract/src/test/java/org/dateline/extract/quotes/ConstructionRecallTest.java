package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.QuoteTestArticles.quoteWith;
import static org.dateline.extract.quotes.QuoteTestArticles.quotes;
import static org.dateline.extract.quotes.QuoteTestArticles.speaker;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Statements whose cue word was known but whose construction hid the content from the parse-based rules,
 * each on a sentence written for it.
 */
@Tag("slow")
class ConstructionRecallTest {
    @Test
    void anIndirectQuestionAfterAVerbOfSayingOrKnowingIsWhatWasAsked() {
        List<Quote> q = quotes("The harbour master explained why the ferry had been late all week.\n\n"
                + "Several fishermen wondered if the new quay would ever be finished.");
        assertTrue(speaker(quoteWith(q, "why the ferry had been late")).contains("master"), q.toString());
        assertTrue(speaker(quoteWith(q, "if the new quay would ever be finished")).contains("fishermen"), q.toString());
    }

    @Test
    void anIfClauseAfterAVerbThatDoesNotAskIsAConditionNotAQuestion() {
        List<Quote> q = quotes("The ferry company will continue the service if the council pays for the fuel.");
        assertTrue(q.stream().noneMatch(x -> x.content().text().startsWith("if the council")), q.toString());
    }

    @Test
    void aClauseBeforeACueThatSaysItsThingAfterItselfIsNotTheStatement() {
        List<Quote> q = quotes("Ticket sales have slumped, and the ferry crews complain of long unpaid shifts.\n\n"
                + "When the tide turns, the harbour master thinks about the old pier.");
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("When the tide turns")), q.toString());
        assertTrue(speaker(quoteWith(q, "long unpaid shifts")).contains("crews"), q.toString());
    }

    @Test
    void aTrailingCueFollowedByAParticipleStillEndsItsStatement() {
        List<Quote> q = quotes("The night ferry will stop running in May, the Harbour Gazette reported, citing two council officials.\n\n"
                + "\u201cWe ran out of fuel twice,\u201d Ann Whitby said, mentioning the old tanks were leaking.");
        Quote ferry = quoteWith(q, "stop running in May");
        assertTrue(speaker(ferry).contains("Gazette"), q.toString());
        assertTrue(!ferry.content().text().contains("citing"), q.toString());
        assertTrue(speaker(quoteWith(q, "the old tanks")).contains("Whitby"), q.toString());
    }

    @Test
    void aCueBetweenCommasReportsTheClauseAroundItAndNamesTheWordsBeforeItAsSpeaker() {
        List<Quote> q = quotes("The harbour decline, Whitby writes, began in the early 1990s, with a fishing ban.");
        assertTrue(speaker(quoteWith(q, "began in the early 1990s")).contains("Whitby"), q.toString());
        assertTrue(speaker(quoteWith(q, "The harbour decline")).contains("Whitby"), q.toString());
    }

    @Test
    void aVerbOfFindingThatEndsItsSentenceReportsTheClauseBefore() {
        List<Quote> q = quotes("Most ferry passengers want a later timetable, a new survey by the port authority indicates.\n\n"
                + "The harbour master barely mentioned the toll.");
        assertTrue(speaker(quoteWith(q, "want a later timetable")).contains("survey"), q.toString());
        assertTrue(speaker(quoteWith(q, "the toll")).contains("master"), q.toString());
    }

    @Test
    void aJoinedOrParticipialVerbOfSayingReportsTheWordsAfterIt() {
        List<Quote> q = quotes("In her speech, Ortiz praised the harbour crews at length and said her former deputy would "
                + "finish the quay she started.");
        Quote deputy = quoteWith(q, "would finish");
        assertTrue(speaker(deputy).contains("Ortiz"), q.toString());
        assertTrue(deputy.content().text().startsWith("her former deputy"), q.toString());
    }
}
