package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "The governor signed the bill", "Lee laid out her plan": acts PolNeAR counts as statements. Own sentences. */
class ActionObjectCueTest {
    @Test
    void signingADocumentIsTheSignersStatementButSigningAPlayerIsNot() {
        Attribution a = only(found("The/the/DT governor/governor/NN signed/sign/VBD the/the/DT levy/levy/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "punct 2 5"));
        assertEquals("the levy", content(a));
        assertEquals("The governor", speaker(a));
        assertTrue(found("The/the/DT club/club/NN signed/sign/VBD Ortiz/Ortiz/NNP/PERSON ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "punct 2 4").isEmpty());
    }

    @Test
    void signingUpToServeTakesTheInfinitiveButSigningUpForAClassIsNothing() {
        Attribution a = only(found("Lee/Lee/NNP signed/sign/VBD up/up/RP to/to/TO serve/serve/VB ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "xcomp 1 4", "mark 4 3", "punct 1 5"));
        assertEquals("to serve", content(a));
        assertTrue(found("Students/student/NNS signed/sign/VBD up/up/RP for/for/IN classes/class/NNS ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "obl 1 4", "case 4 3", "punct 1 5").isEmpty());
    }

    @Test
    void layingOutAPlanIsAStatementButLayingEyesOnSomeoneIsNot() {
        Attribution a = only(found("Lee/Lee/NNP laid/lay/VBD out/out/RP her/she/PRP$ plan/plan/NN ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "obj 1 4", "nmod:poss 4 3", "punct 1 5"));
        assertEquals("her plan", content(a));
        assertEquals("Lee", speaker(a));
        assertTrue(found("I/I/PRP laid/lay/VBD eyes/eye/NNS on/on/IN him/he/PRP ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 4", "case 4 3", "punct 1 5").isEmpty());
    }

    @Test
    void deemingTakesTheObjectWithItsPredicate() {
        Attribution a = only(found("The/the/DT court/court/NN deemed/deem/VBD the/the/DT files/file/NNS "
                        + "private/private/JJ ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "xcomp 2 5", "punct 2 6"));
        assertEquals("the files private", content(a));
        assertEquals("The court", speaker(a));
    }

    @Test
    void orderingAThingOrAClauseIsAStatement() {
        Attribution a = only(found("A/a/DT judge/judge/NN ordered/order/VBD the/the/DT release/release/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "punct 2 5"));
        assertEquals("the release", content(a));
        Attribution b = only(found("Ruiz/Ruiz/NNP ordered/order/VBD that/that/IN the/the/DT files/file/NNS "
                        + "be/be/VB released/release/VBN ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 6", "mark 6 2", "det 4 3", "nsubj:pass 6 4", "aux:pass 6 5",
                "punct 1 7"));
        assertEquals("the files be released", content(b)); // the mark "that" is trimmed as for any clause
        assertEquals("Ruiz", speaker(b));
    }

    @Test
    void issuingRulesIsAStatementButABareIssuedStatementIsNot() {
        Attribution a = only(found("The/the/DT agency/agency/NN issued/issue/VBD new/new/JJ rules/rule/NNS ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "amod 4 3", "punct 2 5"));
        assertEquals("new rules", content(a));
        assertTrue(found("Lee/Lee/NNP issued/issue/VBD a/a/DT statement/statement/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 1 4").isEmpty());
    }

    @Test
    void aPassiveActHasNoActor() {
        assertTrue(found("The/the/DT bill/bill/NN was/be/VBD signed/sign/VBN ././.",
                "root -1 3", "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "punct 3 4").isEmpty());
    }

    @Test
    void blockingOrIgnoringSomethingIsAStanceOnIt() {
        Attribution a = only(found("Democrats/Democrat/NNPS blocked/block/VBD the/the/DT levy/levy/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 1 4"));
        assertEquals("the levy", content(a));
        assertEquals("Democrats", speaker(a));
        Attribution b = only(found("Ortiz/Ortiz/NNP ticked/tick/VBD off/off/RP her/she/PRP$ demands/demand/NNS ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "obj 1 4", "nmod:poss 4 3", "punct 1 5"));
        assertEquals("her demands", content(b));
        assertTrue(found("The/the/DT clock/clock/NN ticked/tick/VBD ././.", "root -1 2", "det 1 0", "nsubj 2 1",
                "punct 2 3").isEmpty());
    }

    @Test
    void vetoingOrPlayingDownSomethingIsAStatementButPlayingAGameIsNot() {
        Attribution a = only(found("The/the/DT mayor/mayor/NN vetoed/veto/VBD the/the/DT levy/levy/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "punct 2 5"));
        assertEquals("the levy", content(a));
        assertEquals("The mayor", speaker(a));
        Attribution b = only(found("Lee/Lee/NNP played/play/VBD down/down/RP the/the/DT rift/rift/NN ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "obj 1 4", "det 4 3", "punct 1 5"));
        assertEquals("the rift", content(b));
        assertTrue(found("Lee/Lee/NNP played/play/VBD chess/chess/NN ././.", "root -1 1", "nsubj 1 0", "obj 1 2",
                "punct 1 3").isEmpty());
    }

    @Test
    void aFeelingTowardSomeoneIsAStance() {
        Attribution a = only(found("Ortiz/Ortiz/NNP openly/openly/RB admires/admire/VBZ the/the/DT general/general/NN ././.",
                "root -1 2", "nsubj 2 0", "advmod 2 1", "obj 2 4", "det 4 3", "punct 2 5"));
        assertEquals("the general", content(a));
        assertEquals("Ortiz", speaker(a));
    }
}
