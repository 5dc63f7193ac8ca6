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
 * The less common cues of statements, each on a sentence written for it: framing and pairing verbs,
 * passives with an agent, reactions received, colon labels, adjectives of feeling, evidential verbs after
 * their clause, polls and views framing a clause, and nouns of saying with their clause.
 */
@Tag("slow")
class CueConstructionsTest {
    private static Quote quoteWith(List<Quote> quotes, String contentPart) {
        return QuoteTestArticles.quoteWith(quotes, contentPart);
    }

    @Test
    void aFramingVerbHoldsItsObjectWithTheAsPhraseAndAPairingVerbItsSecondTerm() {
        List<Quote> q = quotes("Senator Ann Whitby portrayed the new toll as a burden on farmers.\n\n"
                + "Mayor Lena Ortiz likened the parking fee to a tax on shoppers.");
        Quote framed = quoteWith(q, "the new toll as a burden");
        assertTrue(speaker(framed).contains("Whitby"));
        Quote paired = quoteWith(q, "the parking fee");
        assertTrue(paired.content().text().contains("to a tax on shoppers"), paired.content().text());
        assertTrue(speaker(paired).contains("Ortiz"));
    }

    @Test
    void aViewVerbJudgingItsObjectByAnAdverbHoldsAViewWithoutAnAsPhrase() {
        List<Quote> q = quotes("Most dairy farmers view the new toll favorably.\n\n"
                + "The ferry crews have seen a rise in traffic since May.");
        Quote view = quoteWith(q, "the new toll");
        assertTrue(speaker(view).contains("farmers"), speaker(view));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("rise in traffic")), q.toString());
    }

    @Test
    void makingSomethingClearTellsTheClauseAndHavingMisgivingsAboutIsAView() {
        List<Quote> q = quotes("Mayor Lena Ortiz made it clear she would not sign the harbour levy.\n\n"
                + "Senator Ann Whitby has no illusions about the new toll.");
        Quote clear = quoteWith(q, "she would not sign");
        assertTrue(speaker(clear).contains("Ortiz"), speaker(clear));
        assertTrue(speaker(quoteWith(q, "the new toll")).contains("Whitby"));
    }

    @Test
    void aPassiveObjectCueWithAnAgentIsTheAgentsStatementAboutTheSubject() {
        Quote q = quoteWith(quotes("The harbour levy was backed by the city councillors."), "harbour levy");
        assertTrue(speaker(q).contains("councillors"), speaker(q));
    }

    @Test
    void aReactionDrawnFromSomeoneIsTheirStatementAboutTheSubject() {
        Quote q = quoteWith(quotes("The toll plan drew sharp criticism from the regional farmers union on Monday."),
                "toll plan");
        assertTrue(speaker(q).contains("union"), speaker(q));
        assertTrue(q.cue().text().startsWith("drew"), q.cue().text());
    }

    @Test
    void aColonLabelNamesItsSpeakerButAHeadlineKickerDoesNot() {
        List<Quote> q = quotes("Ortiz camp: The bridge will reopen in May.\n\n"
                + "Whitby to farmers: Keep the trucks ready for the harvest.\n\n"
                + "The Latest: Council meets again on Friday to vote on the levy.");
        assertEquals("Ortiz camp", speaker(quoteWith(q, "bridge will reopen")));
        assertEquals("Whitby", speaker(quoteWith(q, "Keep the trucks ready")));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Council meets")), q.toString());
    }

    @Test
    void aColonLabelKeepsItsParagraphWhenAStatementIsNestedInIt() {
        Quote q = quoteWith(quotes("Ortiz: I think the bridge will reopen in May."), "bridge will reopen");
        assertEquals("Ortiz", speaker(q));
        assertTrue(q.content().text().startsWith("I think"), q.content().text());
    }

    @Test
    void anAdjectiveOfFeelingHoldsAViewOfItsObject() {
        Quote q = quoteWith(quotes("The dairy farmers were frustrated with the new toll on the river road."), "new toll");
        assertTrue(speaker(q).contains("farmers"), speaker(q));
    }

    @Test
    void anEvidentialVerbAfterItsClauseIsTheStatementOfItsSubject() {
        Quote q = quoteWith(quotes("The mayor did not own a home in the city, public records show."),
                "did not own a home");
        assertTrue(speaker(q).contains("records"), speaker(q));
    }

    @Test
    void aPollOrAViewFramingAClauseTellsItButThePollsInGeneralDoNot() {
        List<Quote> q = quotes("In the latest county survey, Ortiz leads the race by six points.\n\n"
                + "In her view, the levy will hurt small shops.\n\n"
                + "Whitby has trailed badly in the polls for months.");
        Quote poll = quoteWith(q, "Ortiz leads the race");
        assertTrue(speaker(poll).contains("survey"), speaker(poll));
        assertEquals("In", poll.cue().text());
        assertEquals("her", speaker(quoteWith(q, "the levy will hurt small shops")));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("trailed badly")), q.toString());
    }

    @Test
    void aNounOfSayingWithItsClauseIsTheStatementOfItsHolderButATopicIsNot() {
        List<Quote> q = quotes("Ortiz's claim that the bridge is unsafe angered the engineers.\n\n"
                + "Whitby made the case that the levy should fund the harbour.\n\n"
                + "The idea that the tunnel could flood spread quickly in town.");
        Quote claim = quoteWith(q, "the bridge is unsafe");
        assertTrue(speaker(claim).contains("Ortiz"), speaker(claim));
        assertEquals("claim", claim.cue().text());
        assertTrue(speaker(quoteWith(q, "the levy should fund the harbour")).contains("Whitby"));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("tunnel could flood")), q.toString());
    }
}
