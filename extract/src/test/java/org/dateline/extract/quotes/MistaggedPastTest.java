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

    @Test
    void aMainPerfectSharesItsAuxiliaryWithALaterPastTense() {
        // "Lee has vowed to fight the levy and celebrated the ruling"
        Sentence vowed = sentence("Lee/Lee/NNP/PERSON has/have/VBZ vowed/vow/VBN to/to/TO fight/fight/VB the/the/DT "
                + "levy/levy/NN and/and/CC celebrated/celebrate/VBD the/the/DT ruling/ruling/NN", "nsubj 2 0", "aux 2 1",
                "root -1 2", "mark 4 3", "xcomp 2 4", "det 6 5", "obj 4 6", "cc 8 7", "conj 4 8", "det 10 9", "obj 8 10");
        assertTrue(MistaggedPast.perfectThenPast(vowed, 2, 8));
        // "Lee has said he will vote for Ortiz, but he has not endorsed her or conceded the race": another subject
        Sentence said = sentence("Lee/Lee/NNP/PERSON has/have/VBZ said/say/VBN he/he/PRP will/will/MD vote/vote/VB "
                + "for/for/IN Ortiz/Ortiz/NNP/PERSON ,/,/, but/but/CC he/he/PRP has/have/VBZ not/not/RB "
                + "endorsed/endorse/VBN her/her/PRP or/or/CC conceded/concede/VBD the/the/DT race/race/NN",
                "nsubj 2 0", "aux 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "case 7 6", "obl 5 7",
                "punct 13 8", "cc 13 9", "nsubj 13 10", "aux 13 11", "advmod 13 12", "conj 2 13", "obj 13 14",
                "cc 16 15", "conj 13 16", "det 18 17", "obj 16 18");
        assertFalse(MistaggedPast.perfectThenPast(said, 2, 16));
    }
}
