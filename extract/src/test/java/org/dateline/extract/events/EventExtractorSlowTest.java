package org.dateline.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntityExtractor;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Event;
import org.dateline.model.Modality;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each construction of the events stage on a short article written for this test, parsed by CoreNLP. */
@Tag("slow")
class EventExtractorSlowTest {
    private static final LocalDate FRIDAY = LocalDate.of(2023, 11, 24);
    private static final String TEXT = String.join("\n\n",
            "Egypt's foreign minister Sameh Shoukry held talks with Jordanian Prime Minister Bisher Khasawneh in Cairo on Tuesday.",
            "A three-day truce began on Wednesday morning.",
            "U.S. forces in Syria and Iraq have seen a rise in attacks since Russia launched its offensive.",
            "Shoukry said Israel attacked the convoy.",
            "If Israel invades Rafah, the region will explode.",
            "Egypt thanked Jordan for its help.",
            "Jordan denied that Egypt had attacked Syria.",
            "Iraq called for talks with Russia.",
            "Officials in Baghdad met as the Russian bombardment of Kharkiv went on.",
            "Turkey said its troops had shelled Syria.",
            "Police arrested twenty protesters near the stadium.",
            "Khasawneh said his government would send aid to Syria.");
    /** Actor codes for entities the actors stage leaves uncoded (its codes win where it gives one). */
    private static final Map<String, String> CODES = Map.of("Shoukry", "EGYGOV", "Khasawneh", "JORGOV", "Egypt", "EGY",
            "Jordan", "JOR", "Israel", "ISR", "Rafah", "PSE", "Russia", "RUS", "U.S.", "USA", "Syria", "SYR", "Iraq", "IRQ");

    private static AnnotatedText nlp;
    private static EntitySet entities;
    private static List<EventFinding> findings;

    @BeforeAll
    static void analyze() {
        nlp = SharedPipeline.get().annotate(TEXT, FRIDAY);
        entities = new EntityExtractor().extract(nlp, FRIDAY);
        for (EntityDraft d : entities.all()) {
            CODES.forEach((name, code) -> {
                if (d.actor() == null && d.name().contains(name)) {
                    d.setActor(new Actor(code, code.substring(0, 3), List.of()));
                }
            });
        }
        findings = EventExtractor.withDefaults().extract(nlp, entities, new EntityActorLookup(entities), FRIDAY, null);
    }

    private static List<Event> inSentenceWith(String words) {
        int at = TEXT.indexOf(words);
        return findings.stream().map(EventFinding::event)
                .filter(e -> e.evidence().begin() <= at && at < e.evidence().end()).toList();
    }

    private static String idOf(String name) {
        return entities.all().stream().filter(d -> d.name().contains(name)).findFirst().orElseThrow().id();
    }

    @Test
    void talksAreAConsultationDatedByTheirWeekdayAndPlacedByTheirPhrase() {
        Optional<EventFinding> talks = findings.stream().filter(f -> f.event().trigger().text().equals("talks")).findFirst();
        assertTrue(talks.isPresent(), findings.toString());
        Event e = talks.get().event();
        assertTrue(e.cameo().startsWith("04"), e.cameo());
        assertEquals("CONSULT", e.plover());
        assertEquals("EGYGOV", e.source().code());
        assertEquals("JORGOV", e.target().code());
        assertEquals("2023-11-21", e.date(), "the Tuesday before the Friday article");
        assertEquals(List.of("Cairo"), talks.get().placeMentions().stream().map(Span::text).toList());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aTruceThatBeganIsReportedWithoutActors() {
        List<Event> truce = inSentenceWith("three-day truce");
        assertEquals(1, truce.size(), truce.toString());
        assertEquals("0871", truce.get(0).cameo());
        assertNull(truce.get(0).source());
        assertEquals("2023-11-22", truce.get(0).date());
        assertTrue(truce.get(0).confidence() < 0.5, "an actorless row is less certain");
    }

    @Test
    void attacksSufferedByForcesTargetThemAndTakeTheirPlaces() {
        Event attacks = inSentenceWith("rise in attacks").stream().filter(e -> e.trigger().text().equals("attacks"))
                .findFirst().orElseThrow();
        assertEquals("19", attacks.cameo().substring(0, 2));
        assertEquals("USAMIL", attacks.target().code());
        EventFinding f = findings.stream().filter(x -> x.event() == attacks).findFirst().orElseThrow();
        assertTrue(f.placeMentions().stream().anyMatch(p -> p.text().equals("Syria")), f.placeMentions().toString());
    }

    @Test
    void aBackdropClauseGetsNoArticleDay() {
        List<Event> offensive = inSentenceWith("launched its offensive").stream()
                .filter(e -> e.trigger().text().equals("offensive")).toList();
        assertEquals(1, offensive.size(), inSentenceWith("launched its offensive").toString());
        assertEquals("RUS", offensive.get(0).source().code());
        assertNull(offensive.get(0).date(), "since ... launched: the sentence does not say when");
    }

    @Test
    void reportedEventIsClaimedBySpeaker() {
        List<Event> said = inSentenceWith("attacked the convoy");
        assertEquals(1, said.size(), said.toString());
        assertEquals(Modality.CLAIMED, said.get(0).modality());
        assertEquals(idOf("Shoukry"), said.get(0).claimedBy());
        assertEquals("ISR", said.get(0).source().code());
    }

    @Test
    void conditionalAttackIsNotAsserted() {
        List<Event> conditional = inSentenceWith("If Israel invades");
        assertFalse(conditional.isEmpty());
        for (Event e : conditional) {
            assertNotEquals(Modality.ASSERTED, e.modality(), e.toString());
        }
    }

    @Test
    void whatTheSpeakerDeniesIsNegatedAndTheirs() {
        List<Event> denied = inSentenceWith("had attacked Syria");
        assertEquals(1, denied.size(), denied.toString());
        assertEquals(Modality.NEGATED, denied.get(0).modality());
        int at = TEXT.indexOf("Jordan denied");
        assertEquals(entities.at(at, at + "Jordan".length()).orElseThrow().id(), denied.get(0).claimedBy());
        assertEquals("EGY", denied.get(0).source().code());
    }

    @Test
    void talksCalledForHaveNotHappened() {
        List<Event> called = inSentenceWith("called for talks").stream().filter(e -> e.trigger().text().equals("talks")).toList();
        assertEquals(1, called.size(), inSentenceWith("called for talks").toString());
        assertEquals(Modality.HYPOTHETICAL, called.get(0).modality());
        assertEquals("RUS", called.get(0).target().code());
    }

    @Test
    void thanksAreSupport() {
        List<Event> thanks = inSentenceWith("thanked Jordan");
        assertEquals(1, thanks.size());
        assertEquals("051", thanks.get(0).cameo());
        assertEquals("EGY", thanks.get(0).source().code());
        assertEquals("JOR", thanks.get(0).target().code());
        assertEquals(3.5, thanks.get(0).goldstein(), "the built-in table gives the root's score");
    }

    @Test
    void everySpanPointsAtTheText() {
        Article article = new Article(TEXT, null, null, null, FRIDAY.toString(), null, List.of(), List.of(), "en");
        Analysis a = new Analysis(Analysis.VERSION, new DocumentInfo("fixture", "fixture.txt", "text/plain", TEXT.length()),
                article, entities.toEntities(), List.of(), List.of(), List.of(),
                findings.stream().map(EventFinding::event).toList(), List.of());
        AnalysisAssertions.assertSpansPointAtText(a);
        assertTrue(a.events().size() >= 6, a.events().toString());
    }

    @Test
    void forceIsPlacedWhereItIsUsedNotWhereTheClauseIs() {
        EventFinding bombardment = findings.stream().filter(f -> f.event().trigger().text().equals("bombardment"))
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals("RUS", bombardment.event().source().code());
        assertEquals(List.of("Kharkiv"), bombardment.placeMentions().stream().map(Span::text).toList());
    }

    @Test
    void itsTroopsAreTheTroopsOfTheSubjectAbove() {
        List<Event> shelled = inSentenceWith("its troops had shelled");
        assertEquals(1, shelled.size(), shelled.toString());
        assertEquals("TURMIL", shelled.get(0).source().code());
        assertEquals("SYR", shelled.get(0).target().code());
        assertEquals(Modality.CLAIMED, shelled.get(0).modality());
    }

    @Test
    void policeWithoutACountryAreCodedByTheirRoleAlone() {
        List<Event> arrested = inSentenceWith("Police arrested");
        assertEquals(1, arrested.size(), arrested.toString());
        assertEquals("COP", arrested.get(0).source().code());
        assertEquals(null, arrested.get(0).source().entity());
    }

    @Test
    void hisGovernmentActsUnderThePersonsCode() {
        List<Event> aid = inSentenceWith("his government would send aid");
        assertEquals(1, aid.size(), aid.toString());
        assertEquals("JORGOV", aid.get(0).source().code());
        assertEquals("SYR", aid.get(0).target().code());
        assertEquals(Modality.FUTURE, aid.get(0).modality());
    }
}
