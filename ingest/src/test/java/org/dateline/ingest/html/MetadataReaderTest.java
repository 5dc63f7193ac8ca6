package org.dateline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    @Test
    void siteSuffixIsCutFromTitles() {
        assertEquals("Harbour bridge reopens after long repairs",
                MetadataReader.cleanTitle("Harbour bridge reopens after long repairs | The Coastal Ledger", null));
        assertEquals("Frost hits vineyards across the valley",
                MetadataReader.cleanTitle("Frost hits vineyards across the valley - Valley Post", "Valley Post"));
        assertEquals("Short one - with a dash", MetadataReader.cleanTitle("Short one - with a dash", null));
    }

    @Test
    void datesBecomeIsoDays() {
        assertEquals("2024-03-07", MetadataReader.isoDate("2024-03-07T09:15:00Z"));
        assertEquals("2019-11-19", MetadataReader.isoDate("20191119"));
        assertEquals("2019-01-05", MetadataReader.isoDate("2019/1/5"));
        assertNull(MetadataReader.isoDate("yesterday"));
        assertNull(MetadataReader.isoDate("2019-13-45"));
    }

    @Test
    void timeElementAndRelAuthorAreUsedWithoutMetaTags() {
        PageMetadata m = MetadataReader.read(Jsoup.parse("<html lang=de><body><h1>Neue Br\u00fccke</h1>"
                + "<a rel=author href=/a>Lena Maier</a><time datetime=\"2022-08-14T10:00\">14. August</time></body></html>"));
        assertEquals("Neue Br\u00fccke", m.title());
        assertEquals("Lena Maier", m.byline());
        assertEquals("2022-08-14", m.published());
        assertEquals("de", m.language());
    }

    @Test
    void urlValuedAuthorMetaIsIgnored() {
        PageMetadata m = MetadataReader.read(Jsoup.parse("<html><head>"
                + "<meta property=article:author content=\"https://social.example/someone\"></head>"
                + "<body><p class=byline>By Sam Doe</p></body></html>"));
        assertEquals("Sam Doe", m.byline());
    }

    @Test
    void jsonLdBodyIsAvailableAsEvidence() {
        PageMetadata m = MetadataReader.read(Jsoup.parse("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\": [\"NewsArticle\"], \"articleBody\": \"Text of the story.\", "
                + "\"publisher\": \"Daily Example\"}</script></head><body></body></html>"));
        assertEquals("Text of the story.", m.structuredBody());
        assertEquals("Daily Example", m.outlet());
    }
}
