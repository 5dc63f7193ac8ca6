package org.dateline.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoNamesDumpReaderTest {
    private static List<GazetteerEntry> fixture() throws IOException {
        try (InputStream in = GeoNamesDumpReaderTest.class.getResourceAsStream("geonames-dump-fixture.txt")) {
            return GeoNamesDumpReader.read(in, "geonames-dump-fixture.txt");
        }
    }

    @Test
    void readsEveryColumnItUses() throws IOException {
        List<GazetteerEntry> entries = fixture();
        assertEquals(3, entries.size());
        GazetteerEntry fennwick = entries.get(0);
        assertEquals(9000001L, fennwick.geonameId());
        assertEquals("Fennwick", fennwick.name());
        assertEquals("P", fennwick.featureClass());
        assertEquals("PPL", fennwick.featureCode());
        assertEquals("GB", fennwick.country());
        assertEquals("ENG", fennwick.admin1());
        assertEquals("J9", fennwick.admin2());
        assertEquals(51.5, fennwick.lat());
        assertEquals(-1.25, fennwick.lon());
        assertEquals(12000, fennwick.population());
        assertEquals(List.of("Fenwick", "Fennwick-on-Sea"), fennwick.alternateNames());
    }

    @Test
    void dumpEntriesMakeTheSameKindOfGazetteerWithTheCountryTable() throws IOException {
        Gazetteer bundled = SharedGazetteer.get();
        Gazetteer g = new Gazetteer(bundled.countries(), fixture());
        assertEquals(9000003L, g.lookup("Brenna").get(0).geonameId());
        assertEquals(9000001L, g.lookup("fenwick").get(0).geonameId());
        // countries come from the table when the dump has no country rows
        assertTrue(g.lookup("Qatar").stream().anyMatch(GazetteerEntry::isCountry));
        assertTrue(g.isDemonym("Qatari"));
        List<org.dateline.model.Place> places = new Geoparser(g).parse(
                TextFixture.annotate("Ferries left [Port Brenna|LOCATION] for [Fennwick|LOCATION]."), null);
        assertEquals(2, places.size());
        assertEquals("TT", places.get(0).country());
        assertEquals(9000001L, places.get(1).geonameId());
    }

    @Test
    void aShortRowIsAnErrorNamingTheSourceAndLine() {
        String bad = "9000001\tFennwick\tFennwick\n";
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> GeoNamesDumpReader.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "mine.txt"));
        assertTrue(e.getMessage().startsWith("mine.txt:1:"), e.getMessage());
    }

    @Test
    void compactFormatErrorsNameTheLine() {
        String bad = "# comment\nF\t1\tSomewhere\tP\tPPL\tXX\t\t\tnorth\t2\t0\t\n";
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> GazetteerFile.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "small.tsv"));
        assertTrue(e.getMessage().startsWith("small.tsv:2:"), e.getMessage());
    }
}
