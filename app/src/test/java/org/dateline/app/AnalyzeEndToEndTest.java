package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.SectionKind;
import org.dateline.model.TimeRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline analyze} from bytes to record, on the README's example article. */
@Tag("slow")
class AnalyzeEndToEndTest {
    private static final Path EXAMPLE = Path.of("../examples/harbour-talks.txt");

    @TempDir
    Path dir;

    private static List<Analysis> records(String jsonl) throws Exception {
        try (MappingIterator<Analysis> it = AnalysisJson.mapper().readerFor(Analysis.class).readValues(jsonl)) {
            return it.readAll();
        }
    }

    private static String timeValue(Analysis a, String text) {
        return a.times().stream().filter(t -> t.span().text().equals(text)).map(TimeRef::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time \"" + text + "\" in " + a.times()));
    }

    @Test
    void exampleArticleIsReadRightEndToEnd() throws Exception {
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", EXAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        List<Analysis> records = records(r.out());
        assertEquals(1, records.size());
        Analysis a = records.get(0);
        AnalysisAssertions.assertSpansPointAtText(a);
        Article art = a.article();

        assertEquals("Santiago", art.dateline().place());
        assertEquals("2024-03-07", art.dateline().date());
        assertEquals("Lumen", art.dateline().agency());
        assertEquals("2024-03-07", art.published());

        assertEquals(1, art.captions().size());
        assertEquals("Andina", art.captions().get(0).credit());
        assertTrue(art.captions().get(0).span().text().contains("Peruvian Prime Minister Gustavo Adrianzén in Santiago"));
        List<String> paragraphs = art.sectionTexts(SectionKind.PARAGRAPH);
        assertEquals(5, paragraphs.size());
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("Photo by")), "caption kept out of the body");
        assertTrue(art.text().contains("tension over fishing rights, and negotiations on a joint"));

        assertEquals("2024-03-06", timeValue(a, "March 6, 2024"));
        assertEquals("2024-03-06TEV", timeValue(a, "Wednesday evening"), "a past weekday is the one before the dateline");
        assertEquals("2024-03-07", timeValue(a, "Thursday"));

        Entity minister = a.entities().stream().filter(e -> e.name().equals("Alberto van Klaveren")).findFirst().orElseThrow();
        assertEquals(List.of("Foreign Minister"), minister.titles());
        assertEquals("CHLGOV", minister.actor().code());
        assertTrue(minister.mentions().stream().anyMatch(m -> m.text().equals("van Klaveren")));
        assertFalse(a.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase("he")), "pronouns are no entities");
    }

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    private static String code(org.dateline.model.EventActor a) {
        return a == null ? null : a.code();
    }

    private static org.dateline.model.Event eventBy(Analysis a, String trigger) {
        return a.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in " + a.events()));
    }

    @Test
    void titlesHangOnTheNameAndProtestersAreTheHomeCountrysOpposition() throws Exception {
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", "../examples/lima-water.txt");
        assertEquals(0, r.exit(), r.err());
        Analysis lima = records(r.out()).get(0);
        Entity benavides = lima.entities().stream().filter(e -> e.name().equals("Carla Benavides")).findFirst().orElseThrow();
        assertEquals(List.of("Minister"), benavides.titles(), "'a proposal Benavides called' gives her no title");
        assertEquals("PERCOP", code(eventBy(lima, "arrested").source()));
        assertEquals("PEROPP", code(eventBy(lima, "arrested").target()), "police arrested six protesters");
        assertTrue(lima.times().stream().noneMatch(t -> t.value().equals("PT1S")), "a second week: no second of time");
        String company = lima.entities().stream().filter(e -> e.name().equals("Andes Copper Corp.")).findFirst().orElseThrow().id();
        for (String said : List.of("its pumps had lowered the water table", "Our monitoring wells show no change since 2019")) {
            org.dateline.model.Quote q = lima.quotes().stream().filter(x -> x.content().text().equals(said)).findFirst().orElseThrow();
            assertEquals(company, q.speaker().entity(), "'The mine's operator, Andes Copper Corp.' and 'the company' speak: " + said);
        }
    }

    @Test
    void aStateCapitalDatelineMakesTheGovernorHerCountrysOfficial() throws Exception {
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", "../examples/statehouse-budget.txt");
        assertEquals(0, r.exit(), r.err());
        Analysis budget = records(r.out()).get(0);
        AnalysisAssertions.assertSpansPointAtText(budget);
        org.dateline.model.Place harrisburg = budget.places().stream().filter(p -> p.name().equals("Harrisburg"))
                .findFirst().orElseThrow(() -> new AssertionError("HARRISBURG, Pa. not placed: " + budget.places()));
        assertEquals(5192726L, harrisburg.geonameId(), "the Pennsylvania capital");
        Entity marsh = budget.entities().stream().filter(e -> e.name().equals("Ellen Marsh")).findFirst().orElseThrow();
        assertEquals("USAGOV", marsh.actor().code(), "'Governor Ellen Marsh' in a story filed from Harrisburg");
        assertEquals("USALEG", entity(budget, "Senate").actor().code(), "the home country's Senate");
        assertEquals("USALEG", entity(budget, "Tom Reyes").actor().code(), "'Senate Majority Leader Tom Reyes' is coded as the Senate");
        Entity ocampo = entity(budget, "Maria Ocampo");
        assertEquals(List.of("president of the state employees' union"), ocampo.titles());
        assertEquals("USALAB", ocampo.actor().code(), "a union's president is labour, not the head of state");
        String reyes = budget.entities().stream().filter(e -> e.name().equals("Tom Reyes")).findFirst().orElseThrow().id();
        for (String said : List.of("She wants to spend money the state does not have", "Nobody wins a shutdown")) {
            org.dateline.model.Quote q = budget.quotes().stream().filter(x -> x.content().text().equals(said)).findFirst()
                    .orElseThrow(() -> new AssertionError("no quote " + said + " in " + budget.quotes()));
            assertEquals(reyes, q.speaker().entity(), said);
        }
    }

    @Test
    void officialsAndPoliceOfAStoryFiledFromTheirOwnCountryAreThatCountrys() throws Exception {
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", "../examples/nairobi-protests.txt", "../examples/river-dispute.txt",
                "../examples/brussels-sanctions.txt");
        assertEquals(0, r.exit(), r.err());
        List<Analysis> records = records(r.out());
        Analysis nairobi = records.get(0);
        Entity ruto = nairobi.entities().stream().filter(e -> e.name().equals("William Ruto")).findFirst().orElseThrow();
        assertEquals("KENGOV", ruto.actor().code(), "'President William Ruto' in a story filed from Nairobi");
        assertEquals("175", eventBy(nairobi, "fired").cameo(), "police fired tear gas");
        assertEquals("KENCOP", code(eventBy(nairobi, "fired").source()));
        assertEquals("KENOPP", code(eventBy(nairobi, "accused").source()));
        assertEquals("KENGOV", code(eventBy(nairobi, "accused").target()));
        assertEquals(org.dateline.model.Modality.HYPOTHETICAL, eventBy(nairobi, "investigate").modality(),
                "urged to investigate: asked for, not done");
        // filed from Addis Ababa but mostly about Egypt and Sudan: the police in Khartoum are not Ethiopia's
        assertEquals("COP", code(eventBy(records.get(1), "arrested").source()));

        Analysis brussels = records.get(2);
        assertEquals(null, eventBy(brussels, "struck").target(), "the air force that reports the strike is not its target");
        assertTrue(brussels.events().stream().noneMatch(e -> e.cameo().startsWith("03")), "agreed to impose sanctions: "
                + brussels.events());
        String peskov = brussels.entities().stream().filter(e -> e.name().equals("Dmitry Peskov")).findFirst().orElseThrow().id();
        assertEquals(peskov, eventBy(brussels, "warned").claimedBy());
    }

    @Test
    void aUsersGeoNamesDumpReplacesTheBundledGazetteer() throws Exception {
        // a made-up town, known only to this dump: found means the dump was used
        Path dump = Files.writeString(dir.resolve("towns.txt"), String.join("\t", "9990001", "Velmoravik", "Velmoravik", "",
                "61.5", "-7.25", "P", "PPL", "FO", "", "00", "", "", "", "4200", "", "12", "Atlantic/Faroe", "2024-01-01") + "\n");
        Path story = Files.writeString(dir.resolve("story.txt"),
                "Fishermen in Velmoravik said on Monday that the harbour in Velmoravik had frozen.\n");
        Cli r = Cli.runAnalyzing("analyze", "--date", "2024-02-02", "--gazetteer", dump.toString(), story.toString());
        assertEquals(0, r.exit(), r.err());
        Analysis a = AnalysisJson.fromJson(r.out());
        var place = a.places().stream().filter(p -> p.name().equals("Velmoravik")).findFirst().orElseThrow(
                () -> new AssertionError("no Velmoravik in " + a.places()));
        assertEquals(9990001L, place.geonameId());
        assertEquals(61.5, place.lat());

        Path broken = Files.writeString(dir.resolve("broken.txt"), "not\ta\tdump\n");
        Cli bad = Cli.runAnalyzing("analyze", "--gazetteer", broken.toString(), story.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--gazetteer"), bad.err());
    }

    @Test
    void oneBadDocumentIsReportedAndTheOthersAreAnalyzed() throws Exception {
        Path good = Files.writeString(dir.resolve("a-good.txt"), "PARIS (Lumen) - The French president met the Italian prime minister on Monday.\n");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});
        Path lines = Files.writeString(dir.resolve("c.jsonl"),
                "{\"id\": \"ok\", \"text\": \"Rain fell on Lima on Tuesday.\", \"published\": \"2024-05-10\"}\n"
                        + "{\"id\": \"broken\", \"text\": \n", StandardCharsets.UTF_8);
        Cli r = Cli.runAnalyzing("analyze", "--format", "jsonl", dir.toString());
        assertEquals(1, r.exit(), r.err());
        List<Analysis> records = records(r.out());
        assertEquals(List.of(good.toString(), lines + "#1"), records.stream().map(x -> x.document().path()).toList());
        assertEquals("ok", records.get(1).document().id());
        assertEquals("2024-05-07", timeValue(records.get(1), "Tuesday"));
        assertTrue(r.err().contains("b-binary.txt"), r.err());
        assertTrue(r.err().contains("c.jsonl#2"), r.err());
        assertTrue(r.err().contains("2 of 4 documents failed"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void documentsAnalyzedOnSeveralThreadsComeOutInInputOrderAndEqualTheSequentialRun() throws Exception {
        // six of the team's own actor-test articles, of different lengths, so that they finish out of order
        for (String name : List.of("a01", "a03", "a04", "a06", "a09", "a10")) {
            Files.copy(Path.of("../extract/src/test/resources/actors/" + name + ".txt"), dir.resolve(name + ".txt"));
        }
        Cli sequential = Cli.runAnalyzing("analyze", "--format", "jsonl", "--threads", "1", dir.toString());
        Cli parallel = Cli.runAnalyzing("analyze", "--format", "jsonl", "--threads", "3", dir.toString());
        assertEquals(0, sequential.exit(), sequential.err());
        assertEquals(0, parallel.exit(), parallel.err());
        assertEquals(6, records(parallel.out()).size());
        assertEquals(sequential.out(), parallel.out());
    }
}
