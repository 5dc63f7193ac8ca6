package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Who speaks through a participle hung on a noun that a verb takes; on hand-built parses (sentences written for the test). */
class RestrictiveParticipleTest {
    @Test
    void peopleNamedByTheNounAreTheOnesWhoBack() {
        // "The money came from groups backing Ortiz"
        Sentence s = sentence("The/the/DT money/money/NN came/come/VBD from/from/IN groups/group/NNS backing/back/VBG "
                        + "Ortiz/Ortiz/NNP/PERSON",
                "det 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl 2 4", "acl 4 5", "obj 5 6");
        assertEquals(4, CueSpeaker.subject(s, 5, 0));
    }

    @Test
    void aThingTakenByAVerbIsItsSubjects() {
        // "Whitby issued a statement backing Ortiz"
        Sentence s = sentence("Whitby/Whitby/NNP/PERSON issued/issue/VBD a/a/DT statement/statement/NN "
                        + "backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "acl 3 4", "obj 4 5");
        assertEquals(0, CueSpeaker.subject(s, 4, 0));
    }

    @Test
    void afterACommaOrToPeopleAddressedTheParticipleIsTheSubjects() {
        // "Whitby wrote to supporters, backing Ortiz" and "Whitby wrote to supporters backing Ortiz"
        Sentence comma = sentence("Whitby/Whitby/NNP/PERSON wrote/write/VBD to/to/IN supporters/supporter/NNS ,/,/, "
                        + "backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 5 4", "acl 3 5", "obj 5 6");
        assertEquals(0, CueSpeaker.subject(comma, 5, 0));
        Sentence addressed = sentence("Whitby/Whitby/NNP/PERSON wrote/write/VBD to/to/IN supporters/supporter/NNS "
                        + "backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "acl 3 4", "obj 4 5");
        assertEquals(0, CueSpeaker.subject(addressed, 4, 0));
    }

    @Test
    void peopleGivenMoneyAreNoAddresseesAndBackThemselves() {
        // "Whitby gave $5 million to a group backing Ortiz" and "Whitby handed money to a group backing Ortiz"
        Sentence amount = sentence("Whitby/Whitby/NNP/PERSON gave/give/VBD $/$/$ 5/5/CD million/million/CD to/to/IN "
                        + "a/a/DT group/group/NN backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "obj 1 2", "compound 4 3", "nummod 2 4", "case 7 5", "det 7 6",
                "nmod 2 7", "acl 7 8", "obj 8 9");
        assertEquals(7, CueSpeaker.subject(amount, 8, 0));
        Sentence handed = sentence("Whitby/Whitby/NNP/PERSON handed/hand/VBD money/money/NN to/to/IN a/a/DT "
                        + "group/group/NN backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "det 5 4", "obl 1 5", "acl 5 6", "obj 6 7");
        assertEquals(5, CueSpeaker.subject(handed, 6, 0));
    }

    @Test
    void thoseAndAShareOfPeopleSpeakThemselves() {
        // "Lee leads among those backing Ortiz" and "Lee won with 40 percent of voters backing Ortiz"
        Sentence those = sentence("Lee/Lee/NNP/PERSON leads/lead/VBZ among/among/IN those/that/DT backing/back/VBG "
                        + "Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "acl 3 4", "obj 4 5");
        assertEquals(3, CueSpeaker.subject(those, 4, 0));
        Sentence share = sentence("Lee/Lee/NNP/PERSON won/win/VBD with/with/IN 40/40/CD percent/percent/NN of/of/IN "
                        + "voters/voter/NNS backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "case 4 2", "nummod 4 3", "obl 1 4", "case 6 5", "nmod 4 6", "acl 4 7",
                "obj 7 8");
        assertEquals(4, CueSpeaker.subject(share, 7, 0));
    }

    @Test
    void aShareOfThingsIsStillTheSubjects() {
        // "Lee spent 40 percent of the money backing Ortiz"
        Sentence s = sentence("Lee/Lee/NNP/PERSON spent/spend/VBD 40/40/CD percent/percent/NN of/of/IN the/the/DT "
                        + "money/money/NN backing/back/VBG Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "nummod 3 2", "obj 1 3", "case 6 4", "det 6 5", "nmod 3 6", "acl 3 7",
                "obj 7 8");
        assertEquals(0, CueSpeaker.subject(s, 7, 0));
    }
}
