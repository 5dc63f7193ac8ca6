package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
    /** Written for this test: a TIMEX3 after an entity, one inside another tag, one holding a tag. */
    static final String FIXTURE = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>fixture-1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-24" functionInDocument="CREATION_TIME">20231124</TIMEX3></DCT>
            <TEXT>
            Lumen &amp; Co. <EVENT eid="e1">opened</EVENT> a mill <TIMEX3 tid="t1" type="DATE" value="2023-11-23">on Thursday</TIMEX3>.
            <s>Its &lt;new&gt; line ran <TIMEX3 tid="t2" type="DURATION" value="P6W">six <EVENT eid="e2">busy</EVENT> weeks</TIMEX3></s>, <TIMEX3 tid="t3" type="DATE" value="present_ref">now</TIMEX3> &#233;t&#xE9;.
            </TEXT>
            </TimeML>
            """;

    private final TimeMlReader reader = new TimeMlReader();

    @Test
    void plainTextHasTagsStrippedAndEntitiesDecoded() throws Exception {
        TimeMlDocument doc = reader.parse("fixture-1", FIXTURE);
        assertEquals(LocalDate.of(2023, 11, 24), doc.creationDate());
        assertTrue(doc.text().contains("Lumen & Co. opened a mill on Thursday."), doc.text());
        assertTrue(doc.text().contains("Its <new> line ran six busy weeks, now été."), doc.text());
    }

    @Test
    void goldSpansPointAtTheirWordsInThePlainText() throws Exception {
        TimeMlDocument doc = reader.parse("fixture-1", FIXTURE);
        assertEquals(3, doc.gold().size());
        for (Timex g : doc.gold()) {
            assertEquals(g.text(), doc.text().substring(g.begin(), g.end()));
        }
        assertEquals("on Thursday", doc.gold().get(0).text());
        assertEquals("2023-11-23", doc.gold().get(0).value());
        assertEquals("six busy weeks", doc.gold().get(1).text());
        assertEquals("DURATION", doc.gold().get(1).type());
        assertEquals("now", doc.gold().get(2).text());
    }

    @Test
    void missingDctGivesNoDateAndBrokenMarkupNamesTheDocument() throws Exception {
        TimeMlDocument doc = reader.parse("nodct", "<TimeML><TEXT>plain words</TEXT></TimeML>");
        assertNull(doc.creationDate());
        assertEquals("plain words", doc.text());
        TimeMlReader.TimeMlException e = assertThrows(TimeMlReader.TimeMlException.class,
                () -> reader.parse("broken", "<TimeML><TEXT><TIMEX3 type=\"DATE\">x</TEXT></TimeML>"));
        assertTrue(e.getMessage().startsWith("broken:"), e.getMessage());
        assertThrows(TimeMlReader.TimeMlException.class, () -> reader.parse("notext", "<TimeML></TimeML>"));
    }
}
