package org.dateline.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class DictionariesTest {
    private static final ActorDictionaries D = ActorDictionaries.defaults();

    @Test
    void everyCountryHasDistinctCodesAndAName() {
        Set<String> alpha3 = new HashSet<>();
        Set<String> alpha2 = new HashSet<>();
        for (Country c : D.countries().all()) {
            assertTrue(c.alpha3().matches("[A-Z]{3}") && c.alpha2().matches("[A-Z]{2}"), c.toString());
            assertTrue(alpha3.add(c.alpha3()), "twice: " + c.alpha3());
            assertTrue(alpha2.add(c.alpha2()), "twice: " + c.alpha2());
        }
        assertTrue(D.countries().all().size() >= 195, "countries: " + D.countries().all().size());
    }

    @Test
    void demonymsNamesAndCapitalsLeadToTheirCountry() {
        assertEquals("QAT", D.countries().byDemonym("Qatari").orElseThrow().alpha3());
        assertEquals("PSE", D.countries().byDemonym("Palestinians").orElseThrow().alpha3());
        assertEquals("USA", D.countries().byName("the United States").orElseThrow().alpha3());
        assertEquals("USA", D.countries().byName("U.S.").orElseThrow().alpha3());
        assertEquals("IRN", D.countries().byName("Iran's").orElseThrow().alpha3());
        assertEquals("IRN", D.countries().byCapital("Tehran").orElseThrow().alpha3());
        assertEquals("USA", D.countries().byCapital("Washington").orElseThrow().alpha3());
    }

    @Test
    void shortAcronymsKeepTheirCase() {
        assertEquals(Optional.empty(), D.countries().byName("us"));
        assertEquals(Optional.empty(), D.known().lookup("who"));
        assertEquals("IGOUNOHLHWHO", D.known().lookup("WHO").orElseThrow().code());
    }

    @Test
    void roleNounsByLongestEnding() {
        assertEquals(List.of("GOV"), D.roles().forPhrase("Foreign Minister").orElseThrow().roles());
        assertEquals(List.of("GOV", "MIL"), D.roles().forPhrase("the Defense Minister").orElseThrow().roles());
        assertEquals(List.of(), D.roles().forPhrase("politburo chief").orElseThrow().roles());
        assertEquals(RoleNoun.Kind.BODY, D.roles().forPhrase("forces").orElseThrow().kind());
        assertEquals(List.of("REB"), D.roles().forPhrase("Houthi rebels").orElseThrow().roles());
        assertEquals(Optional.empty(), D.roles().forPhrase("bakery"));
    }

    @Test
    void knownActorsHaveTypesAndCodes() {
        assertEquals(new KnownActor("PSEREBHMS", EntityType.GROUP, D.known().lookup("Hamas").orElseThrow().names()),
                D.known().lookup("Hamas").orElseThrow());
        assertEquals(EntityType.MEDIA, D.known().lookup("Fars").orElseThrow().type());
        assertEquals("LBNREB", D.known().lookup("Hezbollah").orElseThrow().code());
        assertEquals(D.known().lookup("IDF"), D.known().lookup("Israel Defense Forces"));
        assertEquals("USAMIL", D.known().lookup("the Pentagon").orElseThrow().code());
    }
}
