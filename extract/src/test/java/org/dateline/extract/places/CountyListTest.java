package org.dateline.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountyListTest {
    private static Optional<String> wordAfter(String text, String name) {
        int begin = text.indexOf(name);
        return CountyList.divisionWord(text, begin, begin + name.length());
    }

    @Test
    void everyNameOfAListOfCountiesIsACounty() {
        String text = "Schools in Pike, Lamar and Upson counties closed early.";
        assertEquals(Optional.of("County"), wordAfter(text, "Pike"));
        assertEquals(Optional.of("County"), wordAfter(text, "Lamar"));
        assertEquals(Optional.of("County"), wordAfter(text, "Upson"));
    }

    @Test
    void parishesMakeParishes() {
        assertEquals(Optional.of("Parish"), wordAfter("Rain soaked Avoyelles and Grant parishes.", "Avoyelles"));
    }

    @Test
    void oneNameBeforeCountiesIsNoList() {
        assertEquals(Optional.empty(), wordAfter("The three metro Macon counties grew.", "Macon"));
    }

    @Test
    void aNameNotFollowedByTheListIsNoCounty() {
        assertEquals(Optional.empty(), wordAfter("Pike, Lamar and Upson are towns.", "Pike"));
    }
}
