package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.List;
import org.dateline.model.Analysis;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The constructions of quoting on short articles written for these tests, through the whole analyzer. */
@Tag("slow")
class QuoteExtractorTest {
    private static Analysis analyze(String text) {
        return QuoteTestArticles.analyze(text);
    }

    private static Quote quoteWith(Analysis a, String contentPart) {
        return QuoteTestArticles.quoteWith(a.quotes(), contentPart);
    }

    private static Entity speakerEntity(Analysis a, Quote q) {
        assertNotNull(q.speaker(), "no speaker for " + q);
        assertNotNull(q.speaker().entity(), "speaker without entity: " + q);
        return a.entities().stream().filter(e -> e.id().equals(q.speaker().entity())).findFirst().orElseThrow();
    }

    @Test
    void aReportedStatementEndingInAQuotedFragmentKeepsTheFragmentsClosingMark() {
        Analysis a = analyze("Mayor Lena Ortiz said a ferry levy would be \"a last resort, not a plan.\"\n\n"
                + "Ortiz added that the harbour board was “asleep at the wheel.”");
        for (String fragment : List.of("a last resort, not a plan.\"", "asleep at the wheel.”")) {
            Quote q = quoteWith(a, fragment.substring(0, 12));
            assertEquals(QuoteKind.MIXED, q.kind(), q.toString());
            assertTrue(q.content().text().endsWith(fragment), "closing mark kept: " + q.content().text());
        }
    }

    @Test
    void theQuestionPutToASpeakerIsNotHerStatement() {
        Analysis a = analyze("Asked whether she would sign a short-term spending bill, Governor Ellen Marsh said she "
                + "had not ruled it out.");
        Quote answer = quoteWith(a, "had not ruled it out");
        assertTrue(speakerEntity(a, answer).name().contains("Marsh"));
        assertTrue(a.quotes().stream().noneMatch(q -> q.content().text().contains("whether she would sign")
                && q.speaker() != null && q.speaker().entity() != null && q.speaker().entity().equals(answer.speaker().entity())),
                "Marsh was asked; she did not ask: " + a.quotes());
    }

    @Test
    void directQuotationWithItsCueAfterIt() {
        Analysis a = analyze("“The bridge will reopen in May,” Mayor Lena Ortiz said on Tuesday.");
        Quote q = quoteWith(a, "bridge will reopen");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("The bridge will reopen in May", q.content().text());
        assertEquals("said", q.cue().text());
        assertTrue(q.speaker().mention().text().contains("Ortiz"));
        assertTrue(speakerEntity(a, q).name().contains("Ortiz"));
    }

    @Test
    void invertedCueAfterAQuotationNamesItsSpeakerEvenWhenTheParseTearsTheName() {
        Analysis a = analyze("Campaign aides met on Monday.\n\n“It is not just a campaign. It is a cause,” said Tad Devine.");
        Quote q = quoteWith(a, "It is a cause");
        assertEquals("said", q.cue().text());
        assertTrue(q.speaker() != null && q.speaker().mention().text().contains("Devine"), String.valueOf(q.speaker()));
        assertTrue(speakerEntity(a, q).name().contains("Devine"));
    }

    @Test
    void quotationInterruptedByItsCueSharesCueAndSpeaker() {
        Analysis a = analyze("Lena Ortiz spoke to farmers in the valley on Monday.\n\n"
                + "“We are ready,” she said, “and the trucks are waiting at the depot.”");
        Quote first = quoteWith(a, "We are ready");
        Quote second = quoteWith(a, "trucks are waiting");
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertEquals(QuoteKind.DIRECT, second.kind());
        assertEquals(first.cue(), second.cue());
        assertEquals("she", first.speaker().mention().text());
        assertTrue(speakerEntity(a, first).name().contains("Ortiz"), "the pronoun resolves across paragraphs");
        assertTrue(speakerEntity(a, first).mentions().stream().anyMatch(m -> m.text().equals("she")),
                "the resolved pronoun becomes a mention of its entity");
    }

    @Test
    void reportedSpeechAndAParticipialCue() {
        Analysis a = analyze("Governor Paul Brandt praised the rescue crews, adding the first priority is the schools.\n\n"
                + "Brandt said the damage would cost the province millions.");
        Quote added = quoteWith(a, "first priority is the schools");
        assertEquals(QuoteKind.INDIRECT, added.kind());
        assertEquals("adding", added.cue().text());
        assertTrue(speakerEntity(a, added).name().contains("Brandt"));
        Quote said = quoteWith(a, "damage would cost");
        assertEquals(QuoteKind.INDIRECT, said.kind());
        assertFalse(said.content().text().startsWith("that"));
        assertEquals(speakerEntity(a, added).id(), speakerEntity(a, said).id());
    }

    @Test
    void aQuotedFragmentInsideReportedSpeechIsMixed() {
        Analysis a = analyze("Senator Alma Reyes said the negotiations had reached “a very delicate point” after midnight.");
        Quote q = quoteWith(a, "negotiations had reached");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.content().text().contains("a very delicate point"));
        assertTrue(speakerEntity(a, q).name().contains("Reyes"));
    }

    @Test
    void theParentheticalCueSplitsTheStatementAroundIt() {
        Analysis a = analyze("Inspector Tomas Varga examined the wall on Friday. The wall, he said, cannot be repaired before winter.");
        Quote q = quoteWith(a, "cannot be repaired");
        assertEquals("said", q.cue().text());
        assertFalse(q.content().text().contains("he said"));
        assertTrue(speakerEntity(a, q).name().contains("Varga"));
    }

    @Test
    void aLeadInWithAColonGivesTheSpeakerOfTheNextParagraph() {
        Analysis a = analyze("The coach, Dana Whitfield, spoke after the match. Whitfield continued:\n\n"
                + "“Nobody on this team gave up, not for a single minute of the second half.”");
        Quote q = quoteWith(a, "Nobody on this team");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(speakerEntity(a, q).name().contains("Whitfield"));
    }

    @Test
    void aQuotedParagraphContinuesTheSpeakerOfThePreviousOne() {
        Analysis a = analyze("“The harvest was poor,” said the farmer Jonas Berg.\n\n"
                + "“We will need help from the cooperative before the spring sowing begins.”");
        Quote q = quoteWith(a, "help from the cooperative");
        assertTrue(speakerEntity(a, q).name().contains("Berg"));
    }

    @Test
    void accordingToAMediumAndToldAMediumAreReportedBy() {
        Analysis a = analyze("The floods will recede by the weekend, according to Reuters.\n\n"
                + "Mayor Lena Ortiz told CNN that the town would rebuild the harbour.");
        Quote according = quoteWith(a, "floods will recede");
        assertEquals("according to", according.cue().text());
        assertFalse(according.reportedBy().isEmpty());
        Entity medium = a.entities().stream().filter(e -> e.id().equals(according.reportedBy().get(0))).findFirst().orElseThrow();
        assertEquals(EntityType.MEDIA, medium.type());
        Quote told = quoteWith(a, "town would rebuild");
        assertTrue(speakerEntity(a, told).name().contains("Ortiz"));
        assertEquals(1, told.reportedBy().size());
        Entity cnn = a.entities().stream().filter(e -> e.id().equals(told.reportedBy().get(0))).findFirst().orElseThrow();
        assertEquals(EntityType.MEDIA, cnn.type());
        assertTrue(cnn.mentions().stream().anyMatch(m -> m.text().equals("CNN")));
    }

    @Test
    void wordsQuotedInsideAMediumsReportBelongToThePersonQuoted() {
        Analysis a = analyze("Mayor Lena Ortiz visited the shelter and thanked the volunteers for their “tireless and generous work,” Reuters reported.");
        Quote q = quoteWith(a, "tireless and generous work");
        assertEquals("tireless and generous work", q.content().text());
        assertTrue(speakerEntity(a, q).name().contains("Ortiz"));
        assertEquals(1, q.reportedBy().size());
    }

    @Test
    void anUnnamedSourceBecomesAPersonAndPluralsStayWithoutEntity() {
        Analysis a = analyze("A source said the factory would close in June. Officials said the workers would be paid.");
        Quote source = quoteWith(a, "factory would close");
        assertEquals(EntityType.PERSON, speakerEntity(a, source).type());
        Quote officials = quoteWith(a, "workers would be paid");
        assertEquals("Officials", officials.speaker().mention().text());
        assertNull(officials.speaker().entity());
    }

    @Test
    void anUnbalancedMarkDoesNotSwallowTheNextParagraphs() {
        Analysis a = analyze("The critic called the plan “a disaster for the old town.\n\n"
                + "The council met on Friday. Officials said the budget was approved.\n\n"
                + "Residents said the square would stay open.");
        for (Quote q : a.quotes()) {
            assertFalse(q.content().text().contains("\n\n"), "a quote runs over a paragraph break: " + q);
        }
        assertEquals(QuoteKind.INDIRECT, quoteWith(a, "budget was approved").kind());
        assertEquals(QuoteKind.INDIRECT, quoteWith(a, "square would stay open").kind());
    }

    @Test
    void inchMarksAreNotQuotations() {
        Analysis a = analyze("The new guard, who is 6'2\" tall, said the gate stays shut at night.");
        Quote q = quoteWith(a, "gate stays shut");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertTrue(a.quotes().stream().noneMatch(x -> x.content().text().startsWith("tall")));
    }

    @Test
    void aFiveThousandWordQuotationIsOneStatementAndTheArticleGoesOn() {
        String speech = "The river rose over the fields again. ".repeat(715).trim();
        Analysis a = analyze("The farmer Jonas Berg read his letter aloud: “" + speech + "”\n\n"
                + "The minister said the aid would arrive on Monday.");
        Optional<Quote> letter = a.quotes().stream().filter(q -> q.content().text().length() > speech.length() / 2).findFirst();
        assertTrue(letter.isPresent());
        assertEquals(QuoteKind.DIRECT, letter.get().kind());
        assertEquals(speech, letter.get().content().text());
        assertEquals(QuoteKind.INDIRECT, quoteWith(a, "aid would arrive").kind());
    }

    @Test
    void nestedQuotationsMakeOneStatement() {
        Analysis a = analyze("\"The sign read “keep out” in red letters,\" the warden Ida Moss recalled.");
        Quote q = quoteWith(a, "keep out");
        assertEquals("The sign read “keep out” in red letters", q.content().text());
        assertTrue(speakerEntity(a, q).name().contains("Moss"));
        assertEquals(1, a.quotes().stream().filter(x -> x.content().text().contains("keep out")).count());
    }

    @Test
    void theQatariMinisterIsThePersonWhoseTitleAndCountryFit() {
        Analysis a = analyze("Qatar’s Foreign Minister Khalid Al Mansouri met Iran’s envoy in Doha on Thursday.\n\n"
                + "“The talks have reached a useful stage,” the Qatari minister said.");
        Quote q = quoteWith(a, "useful stage");
        assertEquals("the Qatari minister", q.speaker().mention().text());
        assertTrue(speakerEntity(a, q).name().contains("Mansouri"));
    }

    @Test
    void theSpeakerNamedAfterAnInvertedCue() {
        Analysis a = analyze("“The levee will hold through the spring,” said county engineer Tom Weller.");
        Quote q = quoteWith(a, "levee will hold");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(q.speaker().mention().text().contains("Weller"), "speaker: " + q.speaker());
    }

    @Test
    void theObjectOfToldIsTheListenerNotTheSpeaker() {
        Analysis a = analyze("“We will appeal the ruling,” Ann Lee, the union’s lawyer, told the Herald.");
        Quote q = quoteWith(a, "appeal the ruling");
        assertTrue(q.speaker().mention().text().contains("Ann Lee"), "speaker: " + q.speaker());
    }

    @Test
    void aTrailingAttributionGivesTheClauseBeforeItsComma() {
        Analysis a = analyze("The mill will shut down its second furnace next year, a source close to the owners said.");
        Quote q = quoteWith(a, "second furnace");
        assertEquals("The mill will shut down its second furnace next year", q.content().text());
        assertTrue(q.speaker().mention().text().contains("source"), "speaker: " + q.speaker());
    }

    @Test
    void prepositionalCuesOfVerbsAndNouns() {
        Analysis a = analyze("Mayor Lena Ortiz talked about the flooded underpass on Monday.\n\n"
                + "Ortiz also called for a new pumping station.");
        Quote talk = quoteWith(a, "flooded underpass");
        assertTrue(talk.speaker().mention().text().contains("Ortiz"), "speaker: " + talk.speaker());
        assertFalse(talk.content().text().startsWith("about"));
        Quote call = quoteWith(a, "pumping station");
        assertTrue(call.speaker().mention().text().contains("Ortiz"), "speaker: " + call.speaker());
    }

    @Test
    void aPraiseVerbsForPhraseIsTheStatement() {
        Analysis a = analyze("The actress Kerry Moore thanked the governor for “standing up when the council would not.”");
        Quote q = quoteWith(a, "standing up");
        assertTrue(speakerEntity(a, q).name().contains("Moore"), "speaker: " + q.speaker());
    }

    @Test
    void heIsThePersonNamedBesideTheTitleThatHeadsTheLastSubject() {
        Analysis a = analyze("Ethiopia's Foreign Minister Taye Atske Selassie said on Thursday that talks with Egypt and Sudan "
                + "would resume in Khartoum next week.\n\n"
                + "Egypt's Foreign Minister Sameh Shoukry accused Ethiopia of acting unilaterally and warned that Cairo "
                + "would defend its water rights. He said Egypt would not wait another season.");
        Quote q = quoteWith(a, "not wait another season");
        assertEquals("He", q.speaker().mention().text());
        assertTrue(speakerEntity(a, q).name().contains("Shoukry"), "speaker: " + speakerEntity(a, q).name());
    }

    @Test
    void aCueCoordinatedInsideTheClauseStartsAStatementOfItsOwn() {
        Analysis a = analyze("Nora Quist said in an interview on Monday that the mill would close in March and predicted "
                + "that two hundred jobs would be lost.");
        Quote close = quoteWith(a, "the mill would close");
        assertFalse(close.content().text().contains("jobs"), close.toString());
        Quote jobs = quoteWith(a, "two hundred jobs");
        assertEquals("predicted", jobs.cue().text());
        assertTrue(jobs.speaker().mention().text().contains("Quist"), jobs.toString());
    }

    @Test
    void theWordsAfterAFiniteVerbOfSayingAreTheStatementWhenTheParseLostTheClause() {
        Analysis a = analyze("Despite the storm damage, Quist said if elected she would rebuild the harbor first. "
                + "The mayor says despite all that, the council wasn't swayed by the donors when it voted.");
        Quote harbor = quoteWith(a, "would rebuild the harbor");
        assertEquals("said", harbor.cue().text());
        assertTrue(harbor.speaker().mention().text().contains("Quist"), harbor.toString());
        Quote council = quoteWith(a, "wasn't swayed");
        assertEquals("says", council.cue().text());
        assertTrue(council.speaker().mention().text().contains("mayor"), council.toString());
    }

    @Test
    void aStanceVerbWithASubjectHoldsAViewOnItsObject() {
        Analysis a = analyze("Governor Ida Moss supported the harbor tax last year. The union sees Moss as a reliable ally. "
                + "Supporting the plan became popular.");
        Quote tax = quoteWith(a, "the harbor tax");
        assertEquals("supported", tax.cue().text());
        assertTrue(tax.speaker().mention().text().contains("Moss"), tax.toString());
        Quote ally = quoteWith(a, "as a reliable ally");
        assertTrue(ally.content().text().startsWith("Moss"), ally.toString());
        assertTrue(ally.speaker().mention().text().contains("union"), ally.toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.content().text().contains("the plan")), a.quotes().toString());
    }

    @Test
    void whatIsExpectedOfSomethingIsNotItsStatement() {
        Analysis a = analyze("Talks on the ferry line are expected to resume next month. Ida Moss is determined to win.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.speaker() != null && q.speaker().mention() != null
                && q.speaker().mention().text().contains("Talks")), a.quotes().toString());
    }

    @Test
    void seeingSomethingHappenIsNoView() {
        Analysis a = analyze("Harbor pilots have seen a rise in groundings since the dredging stopped.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.content().text().contains("groundings")), a.quotes().toString());
    }

    @Test
    void aCallForSomeoneToActIsTheWholeInfinitive() {
        Analysis a = analyze("Ida Moss is calling for the county to repair the harbor wall before winter. "
                + "She also called on the mayor to release the budget.");
        Quote repair = quoteWith(a, "to repair the harbor wall");
        assertTrue(repair.content().text().startsWith("the county"), repair.toString());
        assertTrue(repair.speaker().mention().text().contains("Moss"), repair.toString());
        Quote budget = quoteWith(a, "to release the budget");
        assertTrue(budget.content().text().contains("the mayor to release"), budget.toString());
    }

    @Test
    void aParticipialCueAfterAnObjectStartsItsOwnStatement() {
        Analysis a = analyze("Ann Lee attacked the council, saying it had wasted the flood grant on consultants.");
        Quote wasted = quoteWith(a, "had wasted the flood grant");
        assertEquals("saying", wasted.cue().text());
        assertTrue(wasted.speaker().mention().text().contains("Lee"), wasted.toString());
    }

    @Test
    void aPassiveCueWithAnAgentReportsItsSubject() {
        Analysis a = analyze("The merger of the two ferry lines was first reported by the Harbor Gazette.");
        Quote merger = quoteWith(a, "The merger of the two ferry lines");
        assertEquals("reported", merger.cue().text());
        assertTrue(merger.speaker().mention().text().contains("Gazette"), merger.toString());
    }

    @Test
    void aCopularStanceAdjectiveHoldsAViewOfItsClauseOrObject() {
        Analysis a = analyze("Farmers have been critical of the new water tariff. Ida Moss was confident that the levee "
                + "would hold.");
        Quote tariff = quoteWith(a, "the new water tariff");
        assertEquals("critical", tariff.cue().text());
        assertTrue(tariff.speaker().mention().text().contains("Farmers"), tariff.toString());
        Quote levee = quoteWith(a, "the levee would hold");
        assertTrue(levee.speaker().mention().text().contains("Moss"), levee.toString());
    }

    @Test
    void offeringOrTweetingAViewIsAStatementOfItsObject() {
        Analysis a = analyze("Ida Moss offered a blunt assessment of the harbor budget. Ann Lee tweeted her thanks to the "
                + "volunteers.");
        Quote assessment = quoteWith(a, "blunt assessment of the harbor budget");
        assertEquals("offered", assessment.cue().text());
        assertTrue(assessment.speaker().mention().text().contains("Moss"), assessment.toString());
        Quote thanks = quoteWith(a, "her thanks");
        assertTrue(thanks.speaker().mention().text().contains("Lee"), thanks.toString());
    }

    @Test
    void aNounOfStanceTakesTheSubjectOfItsCopula() {
        Analysis a = analyze("Ann Lee is a fierce critic of the toll plan.");
        Quote toll = quoteWith(a, "the toll plan");
        assertTrue(toll.speaker().mention().text().contains("Lee"), toll.toString());
    }

    @Test
    void questioningWhetherIsAStatementOfItsClause() {
        Analysis a = analyze("Ida Moss is questioning whether the council ever read the flood report.");
        Quote read = quoteWith(a, "the council ever read the flood report");
        assertEquals("questioning", read.cue().text());
        assertTrue(read.speaker().mention().text().contains("Moss"), read.toString());
    }

    @Test
    void aGerundObliqueSharesTheSubjectOfItsVerb() {
        Analysis a = analyze("The mayor began by talking about the floods, saying that the old levee had failed twice.");
        Quote levee = quoteWith(a, "the old levee had failed twice");
        assertTrue(levee.speaker().mention().text().contains("mayor"), levee.toString());
    }

    @Test
    void sidingWithOrCampaigningAgainstIsAStanceOnTheObject() {
        Analysis a = analyze("Ida Moss sided with the fishermen on Tuesday. Ann Lee campaigned against the new toll.");
        Quote fishermen = quoteWith(a, "the fishermen");
        assertTrue(fishermen.speaker().mention().text().contains("Moss"), fishermen.toString());
        Quote toll = quoteWith(a, "the new toll");
        assertTrue(toll.speaker().mention().text().contains("Lee"), toll.toString());
    }

    @Test
    void theSecondPieceOfAnInterruptedQuotationKeepsTheSpeakerOfItsCue() {
        Analysis a = analyze("During the tour he paused to make a remark about the islands.\n\n"
                + "\"My wish,\" he said, \"is that as a retired official I can still sway a few old friends on the council.\"");
        Quote first = quoteWith(a, "My wish");
        Quote second = quoteWith(a, "as a retired official");
        assertEquals(first.cue(), second.cue());
        assertNotNull(second.speaker(), second.toString());
        assertEquals("he", second.speaker().mention().text());
    }

    @Test
    void aQuotationAfterAStatementEndedByItsCueContinuesThatSpeaker() {
        Analysis a = analyze("The bridge stayed closed all week, Marta Ruiz said. "
                + "\"The real question is whether the trucks will ever reach the depot in time.\"\n\n"
                + "The levee was worth repairing because \"most growers have no idea how old it is,\" she said. "
                + "\"Nobody counts the harvest for us if we do not count it ourselves.\"");
        Quote trucks = quoteWith(a, "the trucks will ever reach");
        assertNotNull(trucks.speaker(), trucks.toString());
        assertTrue(trucks.speaker().mention().text().contains("Ruiz"), trucks.toString());
        Quote harvest = quoteWith(a, "Nobody counts the harvest");
        assertNotNull(harvest.speaker(), harvest.toString());
        assertEquals("she", harvest.speaker().mention().text());
    }

    @Test
    void aNameRightBeforeASpeechVerbLeftWithoutSubjectIsItsSpeaker() {
        Analysis a = analyze("In a May meeting with the editors of the Daily Ledger Ortiz said that the role of the "
                + "port authority may need to be cut back in the coming years.");
        Quote port = quoteWith(a, "the port authority");
        assertNotNull(port.speaker(), port.toString());
        assertTrue(port.speaker().mention().text().contains("Ortiz"), port.toString());
    }

    @Test
    void aFrontedAdverbialClauseIsNotWhatWasSaid() {
        Analysis a = analyze("As unlikely as it may sound, Ida Moss said the ferry deal had helped her harbor plan.");
        Quote deal = quoteWith(a, "the ferry deal had helped");
        assertEquals("said", deal.cue().text());
        assertTrue(deal.speaker().mention().text().contains("Moss"), deal.toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.content().text().contains("unlikely")), a.quotes().toString());
    }

    @Test
    void aJoinedClauseWithACueAndSubjectOfItsOwnIsAnotherStatement() {
        Analysis a = analyze("Farmers said the new dam had ruined the spring harvest and officials accused them of "
                + "exaggerating the losses. Marta Ruiz said the levee was sound, though she noted the pumps were old.");
        Quote harvest = quoteWith(a, "had ruined the spring harvest");
        assertFalse(harvest.content().text().contains("officials"), harvest.toString());
        assertTrue(harvest.speaker().mention().text().contains("Farmers"), harvest.toString());
        Quote accused = a.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("accused")).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of 'accused' in " + a.quotes()));
        assertTrue(accused.speaker().mention().text().contains("officials"), accused.toString());
        Quote levee = quoteWith(a, "the levee was sound");
        assertFalse(levee.content().text().contains("pumps"), levee.toString());
        Quote pumps = quoteWith(a, "the pumps were old");
        assertEquals("noted", pumps.cue().text());
        assertEquals("she", pumps.speaker().mention().text());
    }

    @Test
    void aCueTornOffItsNameByTheSentenceSplitterKeepsThatSpeaker() {
        Analysis a = analyze("At the hearing, Rep. Ann Lee (D-Mass.) said the harbor law does not require a public vote. "
                + "The ferry will stop running in June, Sen. Ida Moss (R-Ore.) told reporters on Thursday.");
        Quote vote = quoteWith(a, "does not require a public vote");
        assertEquals("said", vote.cue().text());
        assertTrue(vote.speaker().mention().text().contains("Ann Lee"), vote.toString());
        Quote ferry = quoteWith(a, "The ferry will stop running");
        assertEquals("told", ferry.cue().text());
        assertTrue(ferry.speaker().mention().text().contains("Ida Moss"), ferry.toString());
    }

    @Test
    void aDayOrADatelineIsNeverTheSpeaker() {
        Analysis a = analyze("SALEM (Reuters) - Harbor board member Ann Lee said on Friday she would run for mayor again.\n\n"
                + "Saturday at the harbor festival Mayor Ida Moss said the old pier would reopen in May.\n\n"
                + "Tom Berg, the port director, said Tuesday that the cranes were safe. "
                + "A fisherman from Astoria, Oregon, told him the nets were empty.");
        Quote run = quoteWith(a, "would run for mayor");
        assertTrue(run.speaker().mention().text().contains("Ann Lee"), run.toString());
        Quote pier = quoteWith(a, "the old pier would reopen");
        assertTrue(pier.speaker().mention().text().contains("Moss"), pier.toString());
        Quote cranes = quoteWith(a, "the cranes were safe");
        assertTrue(cranes.speaker().mention().text().contains("Berg"), cranes.toString());
        Quote nets = quoteWith(a, "the nets were empty");
        assertTrue(nets.speaker() == null || nets.speaker().mention() == null
                || !nets.speaker().mention().text().equals("him"), nets.toString());
    }

    @Test
    void aQuotationAfterADashCompletesTheStatementBeforeIt() {
        Analysis a = analyze("Ida Moss said the museum would tell the stories of people the town forgot -- \"the porter, "
                + "the ferryman and the cook who fed them all.\"");
        Quote museum = quoteWith(a, "the museum would tell");
        assertTrue(museum.content().text().contains("the ferryman"), museum.toString());
        assertEquals(QuoteKind.MIXED, museum.kind());
        assertTrue(museum.speaker().mention().text().contains("Moss"), museum.toString());
    }

    @Test
    void aSpeechVerbOpeningTheSentenceHasItsSpeakerAfterIt() {
        Analysis a = analyze("The harbor board met on Monday to discuss the cranes.\n\n"
                + "Continued Moss: \"So I think the cranes are old but safe, and we will keep them.\"");
        Quote cranes = quoteWith(a, "the cranes are old but safe");
        assertNotNull(cranes.speaker(), cranes.toString());
        assertTrue(cranes.speaker().mention().text().contains("Moss"), cranes.toString());
    }

    @Test
    void aHeadlineLabelSpeaksForTheHeadlineUnlessItNamesNobody() {
        Analysis named = analyze("Marta Ruiz: Farmers Say The Levee Will Hold\n\nThe levee board met on Monday in Salem.");
        Quote levee = quoteWith(named, "The Levee Will Hold");
        assertTrue(levee.content().text().startsWith("Farmers Say"), levee.toString());
        assertTrue(levee.speaker().mention().text().contains("Ruiz"), levee.toString());
        Analysis unnamed = analyze("The Latest: farmers say the levee will hold\n\nThe levee board met on Monday in Salem.");
        Quote hold = quoteWith(unnamed, "the levee will hold");
        assertTrue(hold.speaker().mention().text().contains("farmers"), hold.toString());
    }

    @Test
    void aRelativeClauseCueAfterAnObjectIsItsOwnStatement() {
        Analysis a = analyze("On Monday Ida Moss praised the harbor pilot Tom Berg, who has vowed to stay until the dredging ends.");
        Quote stay = quoteWith(a, "to stay until the dredging ends");
        assertEquals("vowed", stay.cue().text());
        assertTrue(speakerEntity(a, stay).name().contains("Berg"), stay.toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.content().text().contains("Berg, who")), a.quotes().toString());
    }

    @Test
    void wordsStandingForAStatementAreWhatWasSaid() {
        Analysis a = analyze("Only 40 percent of farmers trusted the levee board, while 70 percent said the same of the "
                + "mayor. Ida Moss said as much in an interview on Monday, arguing that the pumps were old.");
        Quote mayor = quoteWith(a, "the same of the mayor");
        assertEquals("said", mayor.cue().text());
        assertTrue(mayor.speaker().mention().text().contains("70 percent"), mayor.toString());
        Quote much = quoteWith(a, "as much");
        assertTrue(much.speaker().mention().text().contains("Moss"), much.toString());
    }

    @Test
    void anInvertedTrailingCueNamesItsSpeakerAfterIt() {
        Analysis a = analyze("The new tolls would pay for the bridge, but for most drivers the costs would outstrip the "
                + "savings, said Batcheller. The meeting went badly from the start, said one board member in the room.");
        Quote tolls = quoteWith(a, "the costs would outstrip");
        assertEquals("said", tolls.cue().text());
        assertEquals("Batcheller", tolls.speaker().mention().text());
        Quote meeting = quoteWith(a, "The meeting went badly");
        assertTrue(meeting.speaker().mention().text().contains("board member"), meeting.toString());
    }

    @Test
    void theSourceOfAccordingToKeepsWhoStandsBehindTheDocument() {
        Analysis a = analyze("The old levee will need repairs within two years, according to a report from the Salem "
                + "Harbor Board.");
        Quote levee = quoteWith(a, "will need repairs");
        assertTrue(levee.speaker().mention().text().contains("Salem Harbor Board"), levee.toString());
    }
}
