package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Doha, November 24 (RHC)-- Talks began.|Doha, November 24 (RHC)--|Doha|11|24|null|RHC",
        "DOHA (Reuters) - Talks began.|DOHA (Reuters) -|DOHA|0|0|null|Reuters",
        "WASHINGTON, Nov 24 (AP) \u2014 Talks began.|WASHINGTON, Nov 24 (AP) \u2014|WASHINGTON|11|24|null|AP",
        "GAZA CITY, Gaza Strip (AP) \u2014 Talks began.|GAZA CITY, Gaza Strip (AP) \u2014|GAZA CITY, Gaza Strip|0|0|null|AP",
        "LONDON, 24 November 2023 /PRNewswire/ -- Talks began.|LONDON, 24 November 2023 /PRNewswire/ --|LONDON|11|24|2023|PRNewswire",
        "KYIV, Ukraine \u2014 Talks began.|KYIV, Ukraine \u2014|KYIV, Ukraine|0|0|null|null",
        "NEW YORK, Sept. 3, 2024 (AP) \u2014 Talks began.|NEW YORK, Sept. 3, 2024 (AP) \u2014|NEW YORK|9|3|2024|AP",
        "BEIRUT \u2014Talks began.|BEIRUT \u2014|BEIRUT|0|0|null|null",
        "RIO DE JANEIRO (Reuters) - Talks began.|RIO DE JANEIRO (Reuters) -|RIO DE JANEIRO|0|0|null|Reuters",
    })
    void parsesEachCommonForm(String paragraph, String span, String place, int month, int day, Integer year,
                              String agency) {
        DatelineParser.Parsed p = DatelineParser.parse(paragraph).orElseThrow(() -> new AssertionError(paragraph));
        assertEquals(span, paragraph.substring(0, p.end()));
        assertEquals(place, p.place());
        assertEquals(month, p.month());
        assertEquals(day, p.day());
        assertEquals(year, p.year());
        assertEquals(agency, p.agency());
        assertTrue(paragraph.startsWith("Talks began.", p.bodyStart()), "body starts after the dash");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Meanwhile, Iran - which denies the charge - said nothing.",
        "The minister said on Friday that talks would resume.",
        "DOHA-based mediators said talks would resume.",
        "US - Iran talks resumed.",
        "Washington, the capital, was quiet.",
        "Doha, February 30 (RHC)-- impossible date.",
        "EXCLUSIVE \u2014 The senator said he would run.",
        "BREAKING: The senator said he would run.",
    })
    void sentencesAreNotDatelines(String paragraph) {
        assertTrue(DatelineParser.parse(paragraph).isEmpty(), paragraph);
    }

    @Test
    void theDashMayTouchTheFirstWordOfTheStory() {
        DatelineParser.Parsed p = DatelineParser.parse("Tehran, January 2 (RHC)--Iran said").orElseThrow();
        assertEquals("Tehran", p.place());
        assertEquals(p.end(), p.bodyStart());
    }
}
