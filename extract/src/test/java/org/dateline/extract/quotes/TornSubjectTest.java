package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Whitby said the new levy is emptying the harbour" parsed with the clause's subject as the cue's object and
 * its verb as a loose dependent of the cue: the statement starts at the subject. On hand-built parses
 * (sentences written for the test).
 */
class TornSubjectTest {
    @Test
    void theObjectBeforeALooseClauseAfterAVerbOfSayingIsTheClausesSubject() {
        Attribution a = only(found("Whitby/Whitby/NNP said/say/VBD the/the/DT new/new/JJ levy/levy/NN is/be/VBZ "
                        + "emptying/empty/VBG the/the/DT harbour/harbour/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 4", "det 4 2", "amod 4 3", "dep 1 6", "aux 6 5", "obj 6 8",
                "det 8 7", "punct 1 9"));
        assertTrue(content(a).startsWith("the new levy is emptying the harbour"), content(a));
        assertEquals("Whitby", speaker(a));
    }

    @Test
    void aLooseClauseWithNoObjectOfTheCueBeforeItStartsAtItsVerbAsBefore() {
        Attribution a = only(found("Whitby/Whitby/NNP said/say/VBD emptying/empty/VBG the/the/DT harbour/harbour/NN "
                        + "ruined/ruin/VBD the/the/DT town/town/NN ././.",
                "root -1 1", "nsubj 1 0", "dep 1 5", "csubj 5 2", "obj 2 4", "det 4 3", "obj 5 7", "det 7 6",
                "punct 1 8"));
        assertTrue(content(a).startsWith("ruined the town"), content(a));
    }

    @Test
    void aParticipleAfterACommaHungLooseOnTheCueIsNoTornClause() {
        java.util.List<Attribution> found = found("Ada/Ada/NNP praised/praise/VBD Lee/Lee/NNP 's/'s/POS record/record/NN "
                        + ",/,/, crediting/credit/VBG her/she/PRP with/with/IN the/the/DT plan/plan/NN ././.",
                "root -1 1", "nsubj 1 0", "nmod:poss 4 2", "case 2 3", "obj 1 4", "punct 1 5", "dep 1 6", "obj 6 7",
                "case 10 8", "det 10 9", "obl 6 10", "punct 1 11");
        Attribution praised = found.stream().filter(a -> a.cueBegin == 4).findFirst().orElseThrow();
        assertEquals("Lee 's record", content(praised));
        assertEquals("Ada", speaker(praised));
    }

    @Test
    void aParticipleAfterAQuotationClosedByItsCommaIsNoTornClauseEither() {
        java.util.List<Attribution> found = found("Ada/Ada/NNP praised/praise/VBD the/the/DT plan/plan/NN as/as/IN a/a/DT "
                        + "``/``/`` huge/huge/JJ win/win/NN ,/,/, ''/''/'' adding/add/VBG that/that/IN it/it/PRP "
                        + "helps/help/VBZ ././.",
                "root -1 1", "nsubj 1 0", "det 3 2", "obj 1 3", "case 8 4", "det 8 5", "punct 8 6", "amod 8 7",
                "obl 1 8", "punct 8 9", "punct 8 10", "dep 1 11", "mark 14 12", "nsubj 14 13", "ccomp 11 14",
                "punct 1 15");
        Attribution praised = found.stream().filter(a -> a.cueBegin == 4).findFirst().orElseThrow();
        assertTrue(content(praised).startsWith("the plan") && !content(praised).contains("adding"), content(praised));
    }
}
