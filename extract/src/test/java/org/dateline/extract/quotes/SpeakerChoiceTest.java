package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.QuoteTestArticles.quotes;
import static org.dateline.extract.quotes.QuoteTestArticles.speaker;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who is named as the speaker when the parse offers a wrong candidate first; each on a sentence written for it. */
@Tag("slow")
class SpeakerChoiceTest {
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

    @Test
    void aCueTheParseHangsDeepInItsSentenceIsSpokenByTheSubjectAboveIt() {
        List<Quote> q = quotes("Senator Ann Whitby has taken to urging farmers to sell their crops before the toll starts.\n\n"
                + "Ortiz cut the budget to $4 million in two years, but said she could not save the ferry line"
                + " because the state refused to help.");
        Quote urging = QuoteTestArticles.quoteWith(q, "farmers to sell");
        assertTrue(speaker(urging).contains("Whitby"), speaker(urging));
        Quote said = QuoteTestArticles.quoteWith(q, "could not save the ferry");
        assertTrue(speaker(said).contains("Ortiz"), speaker(said));
    }

    @Test
    void aParticipleAfterAReportedClauseIsSpokenByTheOuterSpeaker() {
        List<Quote> q = quotes("Mayor Lena Ortiz said she saw no need to change anything about her budget, telling the council"
                + " that the ferry would keep running and that the bridge would reopen in May.");
        Quote telling = QuoteTestArticles.quoteWith(q, "ferry would keep running");
        assertTrue(speaker(telling).contains("Ortiz"), speaker(telling));
    }

    @Test
    void aNameAfterTheCueIsNoSpeakerWhenTheCommaBeforeTheCueClosesAnApposition() {
        List<Quote> q = quotes("Tom Berg's lawyer, Ann Whitby, said Ortiz was \"hiding the harbour ledger from the auditors.\"");
        Quote said = QuoteTestArticles.quoteWith(q, "hiding the harbour ledger");
        assertTrue(speaker(said).contains("lawyer") || speaker(said).contains("Whitby"), speaker(said));
    }

    @Test
    void aFrontedParticipleTakenForTheSubjectGivesWayToTheNounBeforeTheCue() {
        List<Quote> q = quotes("Asked at a briefing Monday in Salem about Ortiz's future role, harbour board spokesman Tom Berg"
                + " said the mayor has been a \"steady voice\" for the port.");
        Quote said = QuoteTestArticles.quoteWith(q, "steady voice");
        assertTrue(speaker(said).contains("Berg"), speaker(said));
    }

    @Test
    void aPossessivePronounOnAnObjectCueRepeatsTheVerbsSubject() {
        List<Quote> q = quotes("Mayor Lena Ortiz is doubling down on her support for the harbour levy.");
        Quote support = QuoteTestArticles.quoteWith(q, "harbour levy");
        assertTrue(speaker(support).contains("Ortiz"), speaker(support));
    }

    @Test
    void theObjectOfPuttingItIsNoSpeaker() {
        List<Quote> q = quotes("As the harbour chief, Ann Whitby, put it in her memo to the crews, \"Imagine a port where we"
                + " are no longer waiting for the state.\"");
        Quote put = QuoteTestArticles.quoteWith(q, "Imagine a port");
        assertTrue(speaker(put).contains("Whitby"), speaker(put));
    }

    @Test
    void aFloatingQuantifierIsNoSpeakerBesideTheRealSubject() {
        List<Quote> q = quotes("Senator Ann Whitby and Mayor Lena Ortiz have both urged the board to release the ferry audit.");
        Quote urged = QuoteTestArticles.quoteWith(q, "release the ferry audit");
        assertTrue(speaker(urged).contains("Whitby"), speaker(urged));
    }
}
