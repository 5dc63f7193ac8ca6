package org.dateline.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dateline.eval.petrarch.PetrarchRecord.Triple;
import org.junit.jupiter.api.Test;

class PetrarchRecordReaderTest {
    /** Two records in the unit-test file's loose XML, written for this test. */
    private static final String FIXTURE = """
            <Sentences>
            <!-- a comment with <Sentence id="X"> inside it -->
            <Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
            <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
            <EventCoding sourcecode='"CCC"' targetcode="AAA" eventcode="043"></EventCoding>
            <Text>
            Aland visited
            Borduria &amp; stayed.
            </Text>
            <Parse>(ROOT (S (NP (NNP Aland))))</Parse>
            </Sentence>
            <Sentence date = "20080801" id ="T-2" category="DISCARD" sentence="true">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            <Config option="require_dyad" value="False"></Config>
            <Sentence id="T-3" date="20080801"><EventCoding error="storydiscard"></EventCoding><Text>A typhoon.</Text></Sentence>
            <!-- <Config option="require_dyad" value="True"></Config> in a comment changes nothing -->
            <Config option="comma_min" value="4"></Config>
            <Sentence id="T-4"><Text>An official spoke.</Text></Sentence>
            <Config option="require_dyad" value="TRUE"></Config>
            <Sentence id="T-5"><Text>An official spoke.</Text></Sentence>
            </Sentences>
            """;

    @Test
    void readsTextsExpectationsAndLooseAttributes() {
        List<PetrarchRecord> records = PetrarchRecordReader.parse(FIXTURE, "fixture.xml");
        assertEquals(5, records.size());
        PetrarchRecord first = records.get(0);
        assertEquals("T-1", first.id());
        assertEquals("Aland visited Borduria & stayed.", first.text());
        assertEquals(Set.of(new Triple("AAA", "BBB", "042"), new Triple("CCC", "AAA", "043")), first.expected());
        assertNull(first.expectError());
        PetrarchRecord second = records.get(1);
        assertEquals("20080801", second.date());
        assertTrue(second.expected().isEmpty());
        assertEquals("storydiscard", records.get(2).expectError());
    }

    @Test
    void requireDyadHoldsFromItsConfigUntilTheNext() {
        List<Boolean> dyad = PetrarchRecordReader.parse(FIXTURE, "fixture.xml").stream().map(PetrarchRecord::requireDyad).toList();
        assertEquals(List.of(true, true, false, false, true), dyad);
    }

    @Test
    void recordDatesReadBothCenturies() {
        assertEquals("1995-01-01", PetrarchEval.recordDate("19950101").toString());
        assertEquals("1995-01-01", PetrarchEval.recordDate(null).toString(), "PETRARCH's default day");
        assertEquals("2008-08-01", PetrarchActorPhrases.date("080801").toString());
    }

    @Test
    void resultJsonNamesPassRateAndFailures() {
        PetrarchEval.Result r = new PetrarchEval.Result(4, 3, java.util.Map.of("T-9#3", java.util.Map.of("text", "x")));
        String json = r.toJson();
        assertTrue(json.contains("\"passRate\" : 0.75"), json);
        assertTrue(json.contains("T-9#3"), json);
    }
}
