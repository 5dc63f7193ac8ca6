package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Modality;
import org.dateline.model.Place;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The foundation issue's acceptance checks on the motivating article, read from ../shared beside the
 * repository (never copied into it); skipped where ../shared is absent.
 */
@Tag("slow")
class SeedAcceptanceTest {
    private static final Path SEED = Path.of("../../shared/seed/000_fc450134ee5bacbb.txt");

    @Test
    void seedArticleIsReadRightEndToEnd() throws Exception {
        assumeTrue(Files.exists(SEED), "no ../shared/seed beside the repository");
        Cli r = Cli.runAnalyzing("analyze", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        Analysis a = AnalysisJson.fromJson(r.out());
        AnalysisAssertions.assertSpansPointAtText(a);
        Article art = a.article();
        assertEquals("Doha", art.dateline().place());
        assertEquals("2023-11-24", art.dateline().date());
        assertEquals("RHC", art.dateline().agency());
        assertEquals("2023-11-24", art.published());
        assertEquals(1, art.captions().size());
        assertEquals("Fars", art.captions().get(0).credit());
        assertEquals(8, art.sectionTexts(SectionKind.PARAGRAPH).size());
        assertTrue(art.sectionTexts(SectionKind.PARAGRAPH).stream().noneMatch(p -> p.contains("Photo by")));
        assertTrue(art.text().contains("Hamas politburo chief Ismail Haniyeh in Doha where"));
        assertTrue(art.text().contains("the plan with Amir-Abdollahian and thanked Iran"));
        assertTrue(value(a, "Thursday night").startsWith("2023-11-23"));
        assertTrue(value(a, "Friday morning").startsWith("2023-11-24"));
        assertEquals("2023-11-23", value(a, "Nov. 23, 2023"));
        // the events stage dates by the resolved times alone: nothing told in the past tense lies after the dateline
        assertTrue(a.events().stream().allMatch(e -> e.date() == null || e.date().compareTo("2023-11-24") <= 0),
                a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.trigger().text().equals("truce") && "2023-11-24".equals(e.date())),
                "the truce began on Friday morning: " + a.events());
    }

    @Test
    void seedEventsAndPlacesMeetTheEventsIssue() throws Exception {
        assumeTrue(Files.exists(SEED), "no ../shared/seed beside the repository");
        Cli r = Cli.runAnalyzing("analyze", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        Analysis a = AnalysisJson.fromJson(r.out());
        String events = a.events().toString();
        Event talks = event(a, "talks", "04");
        assertEquals("IRNGOV", talks.source().code());
        assertEquals("PSEREBHMS", talks.target().code());
        assertEquals("2023-11-23", talks.date());
        assertEquals("Doha", place(a, talks.place()).name());
        Event thanks = event(a, "thanked", "05");
        assertEquals("QATGOV", thanks.source().code());
        assertEquals("IRN", thanks.target().code());
        Event attacks = event(a, "attacks", "1");
        assertTrue(attacks.cameo().startsWith("18") || attacks.cameo().startsWith("19"), attacks.cameo());
        assertEquals("USAMIL", attacks.target().code());
        assertEquals(Modality.ASSERTED, attacks.modality(), "the article reports the attacks; U.S. forces say nothing");
        assertTrue(Set.of("Iraq", "Syria").contains(place(a, attacks.place()).name()));
        Event invasion = event(a, "invasion", "1");
        assertEquals("ISR", invasion.source().code());
        assertEquals("Gaza Strip", place(a, invasion.place()).name());
        assertTrue(event(a, "truce", "08").cameo().startsWith("087"));
        event(a, "exchange", "08");
        String minister = a.entities().stream().filter(e -> e.name().contains("Amir-Abdollahian")).findFirst().orElseThrow().id();
        for (Event e : a.events()) {
            boolean israelFights = e.source() != null && e.source().code().startsWith("ISR") && e.cameo().startsWith("19");
            if (israelFights && e.evidence().text().contains("continue")) {
                assertTrue(e.modality() != Modality.ASSERTED && minister.equals(e.claimedBy()), e.toString());
            }
        }
        assertTrue(a.events().stream().anyMatch(e -> e.modality() == Modality.HYPOTHETICAL && minister.equals(e.claimedBy())), events);
        for (String name : List.of("Doha", "Gaza Strip", "Iraq", "Syria", "Qatar")) {
            Place p = a.places().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
            assertTrue(p.lat() != null && p.lon() != null, p.toString());
        }
    }

    private static Event event(Analysis a, String trigger, String codePrefix) {
        return a.events().stream().filter(e -> e.trigger().text().equals(trigger) && e.cameo().startsWith(codePrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + codePrefix + "* event on '" + trigger + "' in " + a.events()));
    }

    private static Place place(Analysis a, String id) {
        return a.places().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + id + " in " + a.places()));
    }

    private static String value(Analysis a, String text) {
        return a.times().stream().filter(t -> t.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + text + " in " + a.times())).value();
    }
}
