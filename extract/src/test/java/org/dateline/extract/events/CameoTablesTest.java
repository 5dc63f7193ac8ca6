package org.dateline.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CameoTablesTest {
    /** The public CAMEO tables beside the project, when present. */
    private static final Path SHARED = Path.of("../../shared/data/events/cameo");

    @Test
    void builtInTableGivesRootValuesToFinerCodes() {
        CameoTables t = CameoTables.builtIn();
        assertEquals(1.0, t.goldstein("040"));
        assertEquals(-10.0, t.goldstein("195"));
        assertEquals(4, t.quadClass("1831"));
        assertEquals(1, t.quadClass("051"));
        assertEquals("CONSULT", t.plover("043"));
        assertEquals("RETREAT", t.plover("0841"), "084 and below are RETREAT, not the root's CONCEDE");
        assertEquals("CONCEDE", t.plover("081"));
        assertEquals("COERCE", t.plover("192"));
        assertNull(t.plover("010"), "PLOVER has no public-statement type");
        assertTrue(t.isKnown("0871"));
        assertFalse(t.isKnown("21"));
        assertFalse(t.isKnown("+++"));
    }

    @Test
    void parserRejectsARowWithMissingColumns() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CameoTables.parseBuiltIn(List.of("04\t1.0\t1\tCONSULT"), "fixture.tsv"));
        assertTrue(e.getMessage().contains("fixture.tsv line 1"));
    }

    @Test
    void builtInTableAgreesWithThePublicTables() {
        assumeTrue(Files.isDirectory(SHARED), "public CAMEO tables not beside the project");
        CameoTables pub = CameoTables.load(SHARED);
        CameoTables own = CameoTables.builtIn();
        assertEquals(311, pub.codes().size(), "the public codebook lists 311 codes");
        for (String code : own.codes()) {
            assertTrue(pub.isKnown(code), code);
            assertEquals(pub.quadClass(code), own.quadClass(code), "quad class of " + code);
            assertEquals(pub.plover(code), own.plover(code), "PLOVER type of " + code);
            if (code.length() == 2) {
                assertEquals(pub.goldstein(code), own.goldstein(code), "Goldstein of " + code);
            }
        }
    }

    @Test
    void everyCodeOfTheDefaultDictionaryIsInThePublicCodebook() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "public CAMEO tables not beside the project");
        CameoTables pub = CameoTables.load(SHARED);
        String dict = new String(DefaultDictionaryReader.class.getResourceAsStream(DefaultDictionaryReader.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)(?:=>\\s*|^(?:verb|noun)\\s+\\S+\\s+)(\\d{2,4})(?::(\\d{2,4}))?").matcher(dict);
        int n = 0;
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) != null) {
                    assertTrue(pub.isKnown(m.group(g)), "unknown CAMEO code " + m.group(g));
                    n++;
                }
            }
        }
        assertTrue(n > 150, "the dictionary codes many patterns: " + n);
    }
}
