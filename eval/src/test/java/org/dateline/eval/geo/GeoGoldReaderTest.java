package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoGoldReaderTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GeoGoldReaderTest.class.getResource(name).toURI());
    }

    @Test
    void readsTheGeoWebNewsLayout() throws Exception {
        List<GoldArticle> articles = GeoGoldReader.read(fixture("webnews-layout.xml"));
        assertEquals(1, articles.size());
        GoldArticle a = articles.get(0);
        assertEquals("0", a.id());
        assertEquals(3, a.toponyms().size());
        assertEquals(1, a.unusableToponyms());
        GoldToponym dover = a.toponyms().get(0);
        assertEquals("Dover", dover.text());
        assertEquals(51.12598, dover.lat());
        assertEquals(1.31257, dover.lon());
        assertTrue(a.toponyms().get(1).hasCoordinates(), "an empty geonamesID does not hide coordinates");
        assertFalse(a.toponyms().get(2).hasCoordinates());
    }

    @Test
    void readsTheLglLayoutAndTurnsCodePointOffsetsIntoJavaOffsets() throws Exception {
        GoldArticle a = GeoGoldReader.read(fixture("lgl-layout.xml")).get(0);
        assertEquals("77", a.id());
        GoldToponym tulsa = a.toponyms().get(0);
        assertEquals("Tulsa", tulsa.text());
        assertEquals(3, tulsa.begin());
        assertEquals(36.15398, tulsa.lat());
        GoldToponym street = a.toponyms().get(1);
        assertEquals("Elm St.", street.text());
        assertNull(street.lat());
    }

    @Test
    void aMissingFileIsAnIoError() {
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> GeoGoldReader.read(Path.of("/nonexistent/geo-gold.xml")));
    }
}
