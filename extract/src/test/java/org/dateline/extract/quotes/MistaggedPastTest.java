package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A past tense after "and"/"but" that the tagger read as a participle (sentences written for the test). */
class MistaggedPastTest {
    // "Lee conceded that the aide had touched Ortiz but implied that it was her fault", "implied" tagged VBN and
    // joined to "touched" inside the complement
    private static final String CONCEDED = "Lee/Lee/NNP/PERSON conceded/concede/VBD that/that/IN the/the/DT aide/aide/NN "
            + "had/have/VBD touched/touch/VBN Ortiz/Ortiz/NNP/PERSON but/but/CC implied/imply/VBN that/that/IN it/it/PRP "
            + "was/be/VBD her/her/PRP$ fault/fault/NN";
    private static final String[] CONCEDED_EDGES = {"nsubj 1 0", "root -1 1", "mark 6 2", "det 4 3", "nsubj 6 4",
        "aux 6 5", "ccomp 1 6", "obj 6 7", "cc 9 8", "conj 6 9", "mark 14 10", "nsubj 14 11", "cop 14 12",
        "nmod:poss 14 13", "ccomp 9 14"};

    @Test
    void aParticipleWithoutAuxiliaryAfterButIsAPastTense() {
        assertTrue(MistaggedPast.isPastTense(sentence(CONCEDED, CONCEDED_EDGES), 9));
    }

    @Test
    void itEndsTheEarlierStatementAndReportsItsOwnClause() {
        List<Attribution> found = found(CONCEDED, CONCEDED_EDGES);
        Attribution conceded = found.stream().filter(a -> a.cueBegin == 4).findFirst().orElseThrow();
        assertEquals("the aide had touched Ortiz", content(conceded));
        Attribution implied = found.stream().filter(a -> a.cueBegin == 49).findFirst().orElseThrow();
        assertEquals("Lee", speaker(implied));
        assertEquals("it was her fault", content(implied));
    }

    @Test
    void aConjunctOfAPassiveOrAParticipleWithItsOwnAuxiliaryStaysAParticiple() {
        // "Lee was arrested and fined": the passive's auxiliary is shared
        Sentence passive = sentence("Lee/Lee/NNP/PERSON was/be/VBD arrested/arrest/VBN and/and/CC fined/fine/VBN",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "cc 4 3", "conj 2 4");
        assertFalse(MistaggedPast.isPastTense(passive, 4));
        // "Lee said it and has repeated it": "repeated" has its own auxiliary
        Sentence perfect = sentence("Lee/Lee/NNP/PERSON said/say/VBD it/it/PRP and/and/CC has/have/VBZ "
                + "repeated/repeat/VBN it/it/PRP", "nsubj 1 0", "root -1 1", "obj 1 2", "cc 5 3", "aux 5 4", "conj 1 5",
                "obj 5 6");
        assertFalse(MistaggedPast.isPastTense(perfect, 5));
    }
}
