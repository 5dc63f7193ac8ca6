package org.dateline.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatedCodeTest {
    @Test
    void afterBeforeAndRangeRestrictions() {
        DatedCode after = DatedCode.parse("IRNGOV >130803");
        assertEquals(LocalDate.of(2013, 8, 3), after.from());
        assertTrue(after.appliesOn(LocalDate.of(2013, 8, 3)));
        assertFalse(after.appliesOn(LocalDate.of(2013, 8, 2)));
        DatedCode before = DatedCode.parse("IRNGOV <130803");
        assertTrue(before.appliesOn(LocalDate.of(2013, 8, 2)));
        assertFalse(before.appliesOn(LocalDate.of(2013, 8, 3)));
        DatedCode range = DatedCode.parse("PSEREBHMS 19870101-20040322");
        assertTrue(range.appliesOn(LocalDate.of(2004, 3, 22)));
        assertFalse(range.appliesOn(LocalDate.of(2004, 3, 23)));
    }

    @Test
    void twoDigitYearsPivotBetweenCenturies() {
        assertEquals(1950, DatedCode.parse("QATELI 500101-700529").from().getYear());
        assertEquals(2001, DatedCode.parse("AFGGOV >011222").from().getYear());
    }

    @Test
    void malformedDatesAreErrorsThatSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("KORGOV 2004017-20061201"));
        assertTrue(e.getMessage().contains("2004017"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("GBR 20100230-20110101"));
    }

    @Test
    void resolutionPrefersTheMatchingPeriodThenTheUndatedCode() {
        List<DatedCode> codes = List.of(DatedCode.parse("PSEGOV 060329-070614"), DatedCode.parse("PSEELI"));
        assertEquals(Optional.of("PSEGOV"), DatedCode.resolve(codes, LocalDate.of(2006, 6, 1)));
        assertEquals(Optional.of("PSEELI"), DatedCode.resolve(codes, LocalDate.of(2023, 11, 24)));
        assertEquals(Optional.of("PSEELI"), DatedCode.resolve(codes, null));
        assertEquals(Optional.empty(), DatedCode.resolve(List.of(DatedCode.parse("USAGOV 090120-170120")), LocalDate.of(2023, 1, 1)));
    }
}
