package org.dateline.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletHomeTest {
    private final Gazetteer gazetteer = SharedGazetteer.get();

    @Test
    void aGenericDomainIsAnAmericanLocalPaper() {
        OutletHome home = OutletHome.find("http://www.parisbeacon.com/news/1.html", List.of("paris", "edgar county"),
                gazetteer);
        assertEquals(new OutletHome("paris", "US", true), home); // assumed: a story may show it is Canadian
    }

    @Test
    void aCountryCodeDomainGivesItsCountryAndTheLongestNameWins() {
        assertEquals(new OutletHome("oxfordshire", "GB"),
                OutletHome.find("thisisoxfordshire.co.uk", List.of("oxford", "oxfordshire"), gazetteer));
        assertEquals("GB", OutletHome.countryOfDomain("news.example.co.uk", gazetteer));
        assertEquals("LB", OutletHome.countryOfDomain("dailystar.com.lb", gazetteer));
    }

    @Test
    void aSiteNameGivesTheTownButNoCountry() {
        assertEquals(new OutletHome("palestine", null),
                OutletHome.find("Palestine Herald-Press", List.of("palestine", "texas"), gazetteer));
    }

    @Test
    void noHomeWhenTheOutletNamesNoPlaceOfTheStoryOrIsUnknown() {
        assertNull(OutletHome.find("latimes.com", List.of("paris"), gazetteer));
        assertNull(OutletHome.find(null, List.of("paris"), gazetteer));
        assertNull(OutletHome.find("example.zz", List.of("example"), gazetteer)); // no such country
        assertNull(OutletHome.find("ryetimes.com", List.of("rye"), gazetteer)); // too short to trust
    }
}
