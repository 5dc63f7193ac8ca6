package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A second clause's subject that the parse joined to the first clause's subject; hand-built parses (sentences written for the test). */
class ConjoinedClauseSubjectTest {
    @Test
    void aConjunctAfterCommaButIsTheCuesSubject() {
        // "Many mayors doubt the plan , but the coalition wants a vote": the parse made "doubt" a noun
        Sentence s = sentence("Many/many/JJ mayors/mayor/NNS doubt/doubt/NN the/the/DT plan/plan/NN ,/,/, but/but/CC "
                        + "the/the/DT coalition/coalition/NN wants/want/VBZ a/a/DT vote/vote/NN",
                "amod 1 0", "nsubj 9 1", "nmod 1 2", "det 4 3", "dep 2 4", "punct 1 5", "cc 8 6", "det 8 7",
                "conj 1 8", "root -1 9", "det 11 10", "obj 9 11");
        assertEquals(8, ConjoinedClauseSubject.fix(s, 1, 9));
    }

    @Test
    void aConjunctAfterAFiniteVerbIsTheCuesSubject() {
        // "the staff that Lee hired , and Ortiz refused to help": "refused" got "staff" as subject
        Sentence s = sentence("the/the/DT staff/staff/NN that/that/WDT Lee/Lee/NNP/PERSON hired/hire/VBD ,/,/, "
                        + "and/and/CC Ortiz/Ortiz/NNP/PERSON refused/refuse/VBD to/to/TO help/help/VB",
                "det 1 0", "nsubj 8 1", "obj 4 2", "nsubj 4 3", "acl:relcl 1 4", "punct 1 5", "cc 7 6", "conj 1 7",
                "root -1 8", "mark 10 9", "xcomp 8 10");
        assertEquals(7, ConjoinedClauseSubject.fix(s, 1, 8));
    }

    @Test
    void partnersInOneSubjectStay() {
        // "Lee and Ortiz said" and "Groups representing towns , cities and schools said"
        Sentence pair = sentence("Lee/Lee/NNP/PERSON and/and/CC Ortiz/Ortiz/NNP/PERSON said/say/VBD",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3");
        assertEquals(0, ConjoinedClauseSubject.fix(pair, 0, 3));
        Sentence groups = sentence("Groups/group/NNS representing/represent/VBG towns/town/NNS ,/,/, cities/city/NNS "
                        + "and/and/CC schools/school/NNS said/say/VBD",
                "nsubj 7 0", "acl 0 1", "obj 1 2", "punct 4 3", "conj 0 4", "cc 6 5", "conj 0 6", "root -1 7");
        assertEquals(0, ConjoinedClauseSubject.fix(groups, 0, 7));
    }
}
