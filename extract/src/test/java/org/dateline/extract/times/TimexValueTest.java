package org.dateline.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimexValueTest {
    @Property
    void dayValuesSurviveParseAndFormat(@ForAll @IntRange(min = 0, max = 60000) int epochDay) {
        String value = LocalDate.ofEpochDay(epochDay) + "TNI";
        assertEquals(value, TimexValue.parse(value).format());
    }

    @Property
    void weekendMovedByAWeekStaysAWeekend(@ForAll @IntRange(min = 1980, max = 2040) int year,
                                          @ForAll @IntRange(min = 1, max = 52) int week) {
        String value = String.format("%04d-W%02d-WE", year, week);
        TimexValue v = TimexValue.parse(value);
        assertEquals(value, v.format());
        assertEquals(java.time.DayOfWeek.SATURDAY, v.plusWeeks(1).first().getDayOfWeek());
    }

    @Test
    void coarserForms() {
        assertEquals("2023-Q3", TimexValue.parse("2023-Q3").format());
        assertEquals("2023-SU", TimexValue.parse("2023-SU").plusYears(0).format());
        assertEquals("2022-11", TimexValue.parse("2023-11").plusYears(-1).format());
        assertEquals(LocalDate.of(2023, 9, 30), TimexValue.parse("2023-Q3").last());
    }

    @Test
    void nonCalendarValuesAreNotParsed() {
        assertNull(TimexValue.parse("P6W"));
        assertNull(TimexValue.parse("PRESENT_REF"));
        assertNull(TimexValue.parse("2023-02-30"));
        assertNull(TimexValue.parse(null));
    }

    @Test
    void truncationToWeekUsesIsoWeeks() {
        assertEquals("2023-W47", TimexValue.truncate(LocalDate.of(2023, 11, 24), 'W'));
        assertEquals("2020-W53", TimexValue.truncate(LocalDate.of(2021, 1, 1), 'W'));
    }
}
