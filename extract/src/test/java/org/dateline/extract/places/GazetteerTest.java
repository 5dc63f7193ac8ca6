package org.dateline.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = SharedGazetteer.get();

    @Test
    void bundledGazetteerHasCountriesAndManyPlaces() {
        assertTrue(gazetteer.countries().size() >= 240, "countries: " + gazetteer.countries().size());
        assertTrue(gazetteer.size() > 100_000, "entries: " + gazetteer.size());
        assertEquals("QAT", gazetteer.country("QA").orElseThrow().alpha3());
    }

    @Test
    void dohaIsTheCapitalOfQatar() {
        GazetteerEntry doha = gazetteer.lookup("Doha").stream().filter(GazetteerEntry::isCapital).findFirst()
                .orElseThrow();
        assertEquals("QA", doha.country());
        assertEquals(290030L, doha.geonameId());
        assertEquals(25.29, doha.lat(), 0.05);
        assertEquals("Doha", gazetteer.country("QA").orElseThrow().capital());
    }

    @Test
    void lookupFoldsCaseAccentsAndTheArticle() {
        assertFalse(gazetteer.lookup("SÃO PAULO").isEmpty());
        assertFalse(gazetteer.lookup("sao paulo").isEmpty());
        assertTrue(gazetteer.lookup("the United States").stream().anyMatch(e -> e.isCountry() && e.country().equals("US")));
    }

    @Test
    void demonymsNameCountriesIncludingPlurals() {
        assertEquals("IR", gazetteer.demonymCountry("Iranian").orElseThrow().alpha2());
        assertEquals("QA", gazetteer.demonymCountry("Qataris").orElseThrow().alpha2());
        assertFalse(gazetteer.isDemonym("Doha"));
    }

    @Test
    void neighboursComeFromBorders() {
        assertTrue(gazetteer.neighbours("GE").contains("RU"));
        assertFalse(gazetteer.neighbours("GE").contains("US"));
    }

    @Test
    void firstLevelDivisionsAreIndexed() {
        GazetteerEntry georgia = gazetteer.firstLevelDivision("US", "GA").orElseThrow();
        assertEquals("Georgia", georgia.name());
        List<GazetteerEntry> all = gazetteer.lookup("Georgia");
        assertTrue(all.stream().anyMatch(GazetteerEntry::isCountry));
        assertTrue(all.stream().anyMatch(GazetteerEntry::isFirstLevelDivision));
    }

    @Test
    void firstLevelDivisionsLieInTheirCountry() {
        // the package's point for Cameroon's South region lay in Kansas; the build now checks them
        GazetteerEntry south = gazetteer.lookup("South").stream()
                .filter(e -> e.isFirstLevelDivision() && "CM".equals(e.country())).findFirst().orElseThrow();
        assertTrue(south.lat() > 1 && south.lat() < 4 && south.lon() > 9 && south.lon() < 15, south.toString());
    }

    @Test
    void aStateIsNotPlacedAtItsBiggestCity() {
        GazetteerEntry state = gazetteer.lookup("New York").stream().filter(GazetteerEntry::isFirstLevelDivision)
                .findFirst().orElseThrow();
        assertTrue(state.lat() > 41.5, "New York State lies north of New York City: " + state.lat());
    }

    @Test
    void midSizedCountriesKeepTheirCentreAndSmallOnesTheirCapital() {
        GazetteerEntry slovakia = gazetteer.lookup("Slovakia").stream().filter(GazetteerEntry::isCountry)
                .findFirst().orElseThrow();
        assertEquals(19.5, slovakia.lon(), 0.5, "the centre of Slovakia, not Bratislava");
        GazetteerEntry malta = gazetteer.lookup("Malta").stream().filter(GazetteerEntry::isCountry)
                .findFirst().orElseThrow();
        assertEquals(35.9, malta.lat(), 0.1, "Valletta");
    }

    @Test
    void regionsThatAreNoDivisionsAreKnown() {
        for (String name : List.of("Darfur", "Ghouta", "Nagorno-Karabakh", "Korean Peninsula", "Oahu", "Bosnia")) {
            assertFalse(gazetteer.lookup(name).isEmpty(), name);
        }
        assertEquals("SD", gazetteer.lookup("Darfur").get(0).country());
    }
}
