package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaTypesTest {
    private static String detect(String s) {
        return MediaTypes.detect(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void contentDecidesNotTheName() {
        assertEquals(MediaTypes.HTML, detect("\uFEFF  <!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(MediaTypes.HTML, detect("<html lang=en><p>hi"));
        assertEquals(MediaTypes.PDF, detect("%PDF-1.7\n..."));
        assertEquals(MediaTypes.GZIP, MediaTypes.detect(new byte[] {0x1f, (byte) 0x8b, 8, 0}));
        assertEquals(MediaTypes.TEXT, detect("Plain prose that mentions <html> in passing."));
        assertEquals(MediaTypes.TEXT, detect(""));
    }

    @Test
    void typeOptionMapsToMediaTypes() {
        assertNull(MediaTypes.forTypeOption("auto"));
        assertEquals(MediaTypes.PDF, MediaTypes.forTypeOption("PDF"));
        assertThrows(IllegalArgumentException.class, () -> MediaTypes.forTypeOption("docx"));
    }
}
