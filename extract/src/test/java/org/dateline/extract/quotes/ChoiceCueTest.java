package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "The governor nominated Ruth Okafor": the one chosen is the chooser's statement. Hand-built parses, own sentences. */
class ChoiceCueTest {
    @Test
    void anActiveChoiceOfANamedPersonIsTheSubjectsStatement() {
        Attribution a = only(found("The/the/DT governor/governor/NN nominated/nominate/VBD Ruth/Ruth/NNP "
                        + "Okafor/Okafor/NNP ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "compound 4 3", "punct 2 5"));
        assertEquals("Ruth Okafor", content(a));
        assertEquals("The governor", speaker(a));
    }

    @Test
    void aPassiveChoiceOrAnUnnamedObjectIsNoStatement() {
        assertTrue(found("The/the/DT film/film/NN was/be/VBD nominated/nominate/VBN for/for/IN Oscars/Oscar/NNPS ././.",
                "root -1 3", "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "obl 3 5", "case 5 4", "punct 3 6")
                .isEmpty());
        assertTrue(found("Voters/voter/NNS nominated/nominate/VBD the/the/DT weakest/weak/JJS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 1 4").isEmpty());
    }

    @Test
    void namingSomeoneForAPostIsAChoiceButAParticipleThatNamesIsNot() {
        Attribution a = only(found("Lee/Lee/NNP named/name/VBD Dan/Dan/NNP Pryce/Pryce/NNP as/as/IN her/she/PRP$ "
                        + "deputy/deputy/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "compound 3 2", "obl 1 6", "case 6 4", "nmod:poss 6 5",
                "punct 1 7"));
        assertEquals("Lee", speaker(a));
        assertTrue(content(a).startsWith("Dan Pryce"));
        assertTrue(found("A/a/DT cleric/cleric/NN named/name/VBN Ali/Ali/NNP Demir/Demir/NNP left/leave/VBD ././.",
                "root -1 5", "det 1 0", "nsubj 5 1", "acl 1 2", "obj 2 4", "compound 4 3", "punct 5 6").isEmpty());
    }

    @Test
    void appointingPickingAndChoosingAreChoicesToo() {
        Attribution a = only(found("The/the/DT board/board/NN picked/pick/VBD Mia/Mia/NNP Hart/Hart/NNP ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "compound 4 3", "punct 2 5"));
        assertEquals("Mia Hart", content(a));
        assertEquals("The board", speaker(a));
    }

    @Test
    void anUnnamedPersonPutIntoAPostIsAChoiceButAnUnnamedPickIsNot() {
        Attribution a = only(found("The/the/DT mayor/mayor/NN named/name/VBD her/she/PRP to/to/IN the/the/DT "
                        + "board/board/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "obl 2 6", "case 6 4", "det 6 5", "punct 2 7"));
        assertEquals("her to the board", content(a));
        assertEquals("The mayor", speaker(a));
        assertTrue(found("Lee/Lee/NNP picked/pick/VBD a/a/DT fight/fight/NN with/with/IN him/he/PRP ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "obl 1 5", "case 5 4", "punct 1 6").isEmpty());
        assertTrue(found("Lee/Lee/NNP named/name/VBD a/a/DT price/price/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 1 4").isEmpty());
    }
}
