package org.dateline.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DictionaryReadersTest {
    /** A tiny verb dictionary in PETRARCH's notation, written for this test. */
    private static final List<String> PETRARCH_FIXTURE = List.of(
            "<!-- a test dictionary",
            "     over two lines -->",
            "&GRAIN_",
            "+WHEAT",
            "+BARLEY",
            "",
            "--- PLUNDER  [171]  ---",
            "PLUNDER   # a comment",
            "LOOT {LOOTED LOOTING} [1711]",
            "+CARRY_OFF {+CARRIED_OFF}",
            "- * &GRAIN [1712]",
            "- * (TO HARBOUR) [172:173]",
            "- SAID WOULD * [130]",
            "",
            "--- SHRUG  [---]  ---",
            "SHRUG",
            "- * OFF_CRITICISM [012]");

    @Test
    void petrarchReaderReadsBlocksVerbsAndPatterns() {
        EventDictionary d = PetrarchVerbReader.parse(PETRARCH_FIXTURE, "fixture");
        TriggerEntry plunder = d.verbEntries("plunder", "plundered").get(0);
        assertEquals("171", plunder.code());
        assertEquals(3, plunder.patterns().size());
        TriggerEntry loot = d.verbEntries("loot", "looted").get(0);
        assertEquals("1711", loot.code(), "a verb's own code overrides the block's");
        TriggerEntry carry = d.verbEntries("carry", "carried").get(0);
        assertEquals(List.of("off"), carry.particlesAfter());
        TriggerPattern harbour = plunder.patterns().get(1);
        assertEquals("172", harbour.code());
        assertEquals("173", harbour.reverseCode());
        TriggerPattern said = plunder.patterns().get(2);
        assertEquals(2, said.before().size());
        assertTrue(said.after().isEmpty());
        TriggerEntry shrug = d.verbEntries("shrug", "shrugged").get(0);
        assertNull(shrug.code(), "--- means no event without a pattern");
        PatternItem.Words off = (PatternItem.Words) shrug.patterns().get(0).after().get(1);
        assertTrue(off.adjacent());
        PatternItem.Words grain = (PatternItem.Words) plunder.patterns().get(0).after().get(0);
        assertEquals(Set.of(List.of("wheat"), List.of("barley")), Set.copyOf(grain.phrases()),
                "a synset whose name ends in _ gets no plurals");
    }

    @Test
    void ownReaderReadsSynsetsFlagsAndReciprocalCodes() {
        EventDictionary d = DefaultDictionaryReader.parse(List.of(
                "# fixture",
                "&SHIP = ferry, cargo ship",
                "verb board -",
                "  - * &SHIP => 171",
                "noun standoff 150 actorless",
                "verb call_on 042:043"), "fixture");
        TriggerEntry board = d.verbEntries("board", "boarded").get(0);
        assertNull(board.code());
        PatternItem.Words ship = (PatternItem.Words) board.patterns().get(0).after().get(0);
        assertTrue(ship.byLemma());
        assertEquals(List.of(List.of("ferry"), List.of("cargo", "ship")), ship.phrases());
        assertTrue(d.nounEntries("standoff", "standoff").get(0).actorless());
        TriggerEntry call = d.verbEntries("call", "called").get(0);
        assertEquals("042", call.code());
        assertEquals("043", call.reverseCode());
        assertEquals(List.of("on"), call.particlesAfter());
        assertFalse(d.verbEntries("standoff", "standoff").stream().anyMatch(e -> true));
    }

    @Test
    void ownReaderErrorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DefaultDictionaryReader.parse(List.of("verb seize 171", "  - * &LOOT => 1711"), "mine.dict"));
        assertTrue(e.getMessage().startsWith("mine.dict line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DefaultDictionaryReader.parse(List.of("verb seize 17x"), "mine.dict"));
    }

    @Test
    void builtInDictionaryCoversEveryCameoRoot() {
        EventDictionary d = DefaultDictionaryReader.builtIn();
        assertTrue(d.size() > 150);
        Set<String> roots = new java.util.TreeSet<>();
        for (String w : List.of("deny", "appeal", "pledge", "meet", "thank", "cooperate", "provide", "release", "investigate",
                "demand", "condemn", "reject", "threaten", "protest", "mobilize", "cut", "arrest", "abduct", "attack", "massacre")) {
            TriggerEntry e = d.verbEntries(w, w).get(0);
            String code = e.code() != null ? e.code() : e.patterns().get(0).code();
            roots.add(code.substring(0, 2));
        }
        assertEquals(20, roots.size(), roots.toString());
    }
}
