package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A comma participle hanging on an inner clause speaks for that clause's person subject when the main one is a thing. */
class ParticipleSpeakerInnerClauseTest {
    private static String tokens(String mainSubject) {
        return mainSubject + " began/begin/VBD after/after/IN Whitby/Whitby/NNP/PERSON entered/enter/VBD the/the/DT "
                + "race/race/NN ,/,/, calling/call/VBG it/it/PRP a/a/DT circus/circus/NN";
    }

    private static Sentence parse(String mainSubject, String innerRelation, String marker) {
        return sentence(tokens(mainSubject).replace("after/after/IN", marker), "nsubj 1 0", "root -1 1", "mark 4 2",
                "nsubj 4 3", innerRelation + " 1 4", "det 6 5", "obj 4 6", "punct 8 7", "advcl 4 8", "obj 8 9",
                "det 11 10", "xcomp 8 11");
    }

    @Test
    void thePersonSubjectOfTheAdverbialClauseSpeaksWhenTheMainSubjectIsAThing() {
        // "Uproar began after Whitby entered the race, calling it a circus"
        assertEquals(3, ParticipleSpeaker.mainSubject(parse("Uproar/uproar/NN", "advcl", "after/after/IN"), 8));
    }

    @Test
    void aPersonMainSubjectOrAComplementClauseKeepsTheMainSubject() {
        // "Ortiz began after Whitby entered the race, calling it a circus": Ortiz may well be the one calling
        assertEquals(0, ParticipleSpeaker.mainSubject(parse("Ortiz/Ortiz/NNP/PERSON", "advcl", "after/after/IN"), 8));
        // the same words with the inner clause parsed as a complement: what is reported, not an event of its own
        assertEquals(0, ParticipleSpeaker.mainSubject(parse("Uproar/uproar/NN", "ccomp", "that/that/IN"), 8));
    }
}
