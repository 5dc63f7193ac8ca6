package org.dateline.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void initialsSkipFunctionWords() {
        assertEquals("IDF", Acronyms.initials("Israel Defense Forces"));
        assertEquals("UNRWA", Acronyms.initials("United Nations Relief and Works Agency"));
        assertTrue(Acronyms.isAcronym("U.N."));
        assertFalse(Acronyms.isAcronym("Hamas"));
    }

    @Test
    void anAcronymFoldsIntoItsFullNameAndAffiliationsFollow() {
        String text = "Israel Defense Forces said; IDF sources; Ari of the IDF.";
        EntitySet set = new EntitySet();
        EntityDraft full = set.create("Israel Defense Forces", EntityType.ORGANIZATION);
        full.addMention(Span.of(text, 0, 21));
        EntityDraft acronym = set.create("IDF", EntityType.ORGANIZATION);
        acronym.addMention(Span.of(text, 28, 31));
        EntityDraft ari = set.create("Ari", EntityType.PERSON);
        ari.addMention(Span.of(text, 41, 44));
        ari.setAffiliation(acronym.id());
        Acronyms.merge(set);
        set.compact();
        assertEquals(2, set.all().size());
        assertEquals(2, set.byId("E1").orElseThrow().mentions().size());
        assertEquals("E1", set.byId("E2").orElseThrow().affiliation());
    }

    @Test
    void atPrefersTheExactThenTheLongestMentionStartingThere() {
        String text = "U.S. forces moved.";
        EntitySet set = new EntitySet();
        EntityDraft usa = set.create("United States", EntityType.COUNTRY);
        usa.addMention(Span.of(text, 0, 4));
        EntityDraft forces = set.create("U.S. forces", EntityType.ORGANIZATION);
        forces.addMention(Span.of(text, 0, 11));
        assertEquals(forces, set.at(0, 11).orElseThrow());
        assertEquals(usa, set.at(0, 4).orElseThrow());
        assertEquals(forces, set.at(0, 17).orElseThrow());
    }
}
