package org.dateline.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MovableFeastsTest {
    @Test
    void thanksgivingIsTheFourthThursdayOfNovember() {
        assertEquals(LocalDate.of(1999, 11, 25), MovableFeasts.in("thanksgiving day", 1999));
        assertEquals(LocalDate.of(2023, 11, 23), MovableFeasts.in("thanksgiving", 2023));
    }

    @Test
    void easterFollowsTheComputus() {
        assertEquals(LocalDate.of(2000, 4, 23), MovableFeasts.in("easter sunday", 2000));
        assertEquals(LocalDate.of(2024, 3, 31), MovableFeasts.in("easter", 2024));
        assertEquals(LocalDate.of(2025, 4, 20), MovableFeasts.easterSunday(2025));
    }

    @Test
    void otherDaysAreNoFeast() {
        assertNull(MovableFeasts.in("christmas", 2023));
        assertNull(MovableFeasts.in("monday", 2023));
    }
}
