package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Place;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class HomeCountryTest {
    private static final String TEXT = "NAIROBI, May 2 -- Police in Kisumu and Mombasa clashed with protesters; Uganda and Sudan watched.";
    private static final Span DATELINE = span("NAIROBI");

    private static Span span(String word) {
        int at = TEXT.indexOf(word);
        return Span.of(TEXT, at, at + word.length());
    }

    private static Place place(String name, String country, String... mentions) {
        List<Span> spans = new ArrayList<>();
        for (String m : mentions) {
            spans.add(span(m));
        }
        return new Place("P" + name, name, country, null, 0.0, 0.0, "PPL", spans);
    }

    @Test
    void theDatelinesCountryIsHomeWhenTheStoryNamesItMostOften() {
        List<Place> places = List.of(place("Nairobi", "KE", "NAIROBI"), place("Kisumu", "KE", "Kisumu", "Mombasa"),
                place("Uganda", "UG", "Uganda"), place("Sudan", "SD", "Sudan"));
        assertEquals(Optional.of("KE"), HomeCountry.of(places, DATELINE));
    }

    @Test
    void aStoryFiledFromOneCountryAboutAnotherHasNoHome() {
        List<Place> tie = List.of(place("Nairobi", "KE", "NAIROBI"), place("Sudan", "SD", "Sudan"));
        assertEquals(Optional.empty(), HomeCountry.of(tie, DATELINE));
        List<Place> elsewhere = List.of(place("Nairobi", "KE", "NAIROBI"), place("Sudan", "SD", "Sudan"),
                place("Uganda", "SD", "Uganda"));
        assertEquals(Optional.empty(), HomeCountry.of(elsewhere, DATELINE));
    }

    @Test
    void theCountrysOfficesCountLikeItsPlaces() {
        List<Place> tie = List.of(place("Nairobi", "KE", "NAIROBI"), place("Sudan", "SD", "Sudan"));
        assertEquals(Optional.of("KE"), HomeCountry.of(tie, DATELINE, java.util.Map.of("KE", 2)));
        assertEquals(Optional.empty(), HomeCountry.of(tie, DATELINE, java.util.Map.of("KE", 2, "SD", 1)),
                "three Kenyan mentions to two Sudanese: not mostly Kenya");
    }

    @Test
    void withoutADatelinePlaceThereIsNoHome() {
        List<Place> places = List.of(place("Kisumu", "KE", "Kisumu"), place("Mombasa", "KE", "Mombasa"));
        assertEquals(Optional.empty(), HomeCountry.of(places, null));
        assertEquals(Optional.empty(), HomeCountry.of(places, DATELINE), "the dateline place was not resolved");
    }
}
