package org.dateline.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.dateline.model.Place;
import org.junit.jupiter.api.Test;

class EventKeysTest {
    private static final Place VALPARAISO = new Place("P1", "Valparaiso", "CL", 3868626L, -33.04, -71.63, "PPLA", List.of());

    @Test
    void reportsOfOneEventShareAKeyAcrossSubCodes() {
        assertEquals(EventKeys.key("CHLGOV", "PERGOV", "040", "2024-03-06", VALPARAISO),
                EventKeys.key("CHLGOV", "PERGOV", "043", "2024-03-06", VALPARAISO));
    }

    @Test
    void actorlessEventsMergeOnlyWithTheSameCode() {
        assertNotEquals(EventKeys.key(null, null, "0871", "2024-03-06", VALPARAISO),
                EventKeys.key(null, null, "0841", "2024-03-06", VALPARAISO));
        assertEquals(EventKeys.key(null, null, "0871", "2024-03-06", VALPARAISO),
                EventKeys.key(null, null, "0871", "2024-03-06", VALPARAISO));
    }

    @Test
    void differentDaysOrPlacesAreDifferentEvents() {
        assertNotEquals(EventKeys.key("CHLGOV", "PERGOV", "040", "2024-03-06", VALPARAISO),
                EventKeys.key("CHLGOV", "PERGOV", "040", "2024-03-07", VALPARAISO));
        assertNotEquals(EventKeys.key("CHLGOV", "PERGOV", "040", "2024-03-06", VALPARAISO),
                EventKeys.key("CHLGOV", "PERGOV", "040", "2024-03-06", null));
    }
}
