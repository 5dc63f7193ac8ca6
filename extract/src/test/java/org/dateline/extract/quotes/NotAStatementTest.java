package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Statements whose speaker shows they are none. Hand-built parses of sentences written for the test. */
class NotAStatementTest {
    private static Attribution statement(Sentence s, int speaker, int contentFrom) {
        Attribution a = new Attribution(s.token(contentFrom).begin(), s.token(s.tokens().size() - 2).end(),
                QuoteKind.INDIRECT);
        a.speaker(s, speaker, new int[] {s.token(speaker).begin(), s.token(speaker).end()});
        return a;
    }

    @Test
    void aQuestionPutToYouAsksForAViewInsteadOfReportingOne() {
        Sentence s = HandParse.sentence("Do/do/VBP you/you/PRP support/support/VB Ann/Ann/NNP Lee/Lee/NNP ?/?/.",
                "root -1 2", "aux 2 0", "nsubj 2 1", "obj 2 4", "compound 4 3", "punct 2 5");
        assertTrue(NotAStatement.is(HandParse.text(s), statement(s, 1, 3)));
    }

    @Test
    void youStatingSomethingOrAQuestionWithAnotherSpeakerStays() {
        Sentence stated = HandParse.sentence("You/you/PRP said/say/VBD the/the/DT bridge/bridge/NN would/would/MD "
                        + "open/open/VB ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "aux 5 4", "punct 1 6");
        assertFalse(NotAStatement.is(HandParse.text(stated), statement(stated, 0, 2)));
        Sentence asked = HandParse.sentence("Did/do/VBD Lee/Lee/NNP/PERSON say/say/VB the/the/DT bridge/bridge/NN "
                        + "would/would/MD open/open/VB ?/?/.",
                "root -1 2", "aux 2 0", "nsubj 2 1", "ccomp 2 6", "det 4 3", "nsubj 6 4", "aux 6 5", "punct 2 7");
        assertFalse(NotAStatement.is(HandParse.text(asked), statement(asked, 1, 3)));
    }

    @Test
    void aThatAsSpeakerStandsForAThingDescribed() {
        Sentence s = HandParse.sentence("Lee/Lee/NNP/PERSON ran/run/VBD an/a/DT ad/ad/NN that/that/WDT urges/urge/VBZ "
                        + "voters/voter/NNS to/to/TO stay/stay/VB home/home/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "acl:relcl 3 5", "nsubj 5 4", "obj 5 6",
                "xcomp 5 8", "mark 8 7", "obj 8 9", "punct 1 10");
        assertTrue(NotAStatement.is(HandParse.text(s), statement(s, 4, 6)));
        assertFalse(NotAStatement.is(HandParse.text(s), statement(s, 0, 6)));
    }

    @Test
    void aLowerCaseVerbAsSpeakerNamesNobodyButACapitalisedOneMayBeASurname() {
        Sentence s = HandParse.sentence("She/she/PRP helped/help/VBD found/find/VBD the/the/DT group/group/NN ././.",
                "root -1 2", "nsubj 2 1", "dep 1 0", "obj 2 4", "det 4 3", "punct 2 5");
        assertTrue(NotAStatement.is(HandParse.text(s), statement(s, 1, 3)));
        Sentence name = HandParse.sentence("Shook/shake/VBD said/say/VBD taxes/tax/NNS rose/rise/VBD ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 3", "nsubj 3 2", "punct 1 4");
        assertFalse(NotAStatement.is(HandParse.text(name), statement(name, 0, 2)));
    }

    @Test
    void whatSomeoneHelpedDoIsADeedNotWords() {
        Sentence s = HandParse.sentence("Lee/Lee/NNP/PERSON helped/help/VBD underscore/underscore/VB the/the/DT "
                        + "stakes/stake/NNS ././.",
                "root -1 1", "nsubj 1 0", "xcomp 1 2", "obj 2 4", "det 4 3", "punct 1 5");
        Attribution a = statement(s, 0, 3);
        a.cue(s.token(2).begin(), s.token(2).end());
        assertTrue(NotAStatement.is(HandParse.text(s), a));
        a.cue(s.token(1).begin(), s.token(1).end());
        assertFalse(NotAStatement.is(HandParse.text(s), a));
    }

    @Test
    void aFreeRelativeWhatStandsForAThingToo() {
        Sentence s = HandParse.sentence("What/what/WP worries/worry/VBZ Lee/Lee/NNP/PERSON is/be/VBZ the/the/DT "
                        + "toll/toll/NN ././.",
                "root -1 5", "nsubj 1 0", "csubj 5 1", "obj 1 2", "cop 5 3", "det 5 4", "punct 5 6");
        assertTrue(NotAStatement.is(HandParse.text(s), statement(s, 0, 2)));
    }

    @Test
    void aParticipleDescribingTheNounAfterItSaysNothing() {
        Sentence s = HandParse.sentence("Lee/Lee/NNP/PERSON won/win/VBD 40/40/CD pledged/pledge/VBD "
                        + "seats/seat/NNS ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 3", "nsubj 3 2", "obj 3 4", "punct 1 5");
        Attribution a = statement(s, 2, 4);
        a.cue(s.token(3).begin(), s.token(3).end());
        assertTrue(NotAStatement.is(HandParse.text(s), a));
        Sentence said = HandParse.sentence("Lee/Lee/NNP/PERSON pledged/pledge/VBD taxes/tax/NNS would/would/MD "
                        + "fall/fall/VB ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 4", "nsubj 4 2", "aux 4 3", "punct 1 5");
        Attribution b = statement(said, 0, 2);
        b.cue(said.token(1).begin(), said.token(1).end());
        assertFalse(NotAStatement.is(HandParse.text(said), b));
        Sentence contracted = HandParse.sentence("He/he/PRP 's/'s/POS touted/tout/VBD cuts/cut/NNS ././.",
                "root -1 2", "nsubj 2 0", "dep 0 1", "obj 2 3", "punct 2 4");
        Attribution c = statement(contracted, 0, 3);
        c.cue(contracted.token(2).begin(), contracted.token(2).end());
        assertFalse(NotAStatement.is(HandParse.text(contracted), c));
    }

    @Test
    void holdingARallyOrStumpingIsADeedButHoldingSomeoneResponsibleIsAView() {
        Sentence rally = HandParse.sentence("Lee/Lee/NNP/PERSON held/hold/VBD a/a/DT rally/rally/NN in/in/IN "
                        + "Reno/Reno/NNP ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "obl 1 5", "case 5 4", "punct 1 6");
        Attribution a = statement(rally, 0, 2);
        a.cue(rally.token(1).begin(), rally.token(1).end());
        assertTrue(NotAStatement.is(HandParse.text(rally), a));
        Sentence stump = HandParse.sentence("Lee/Lee/NNP/PERSON was/be/VBD stumping/stump/VBG for/for/IN "
                        + "Ann/Ann/NNP ././.",
                "root -1 2", "nsubj 2 0", "aux 2 1", "obl 2 4", "case 4 3", "punct 2 5");
        Attribution b = statement(stump, 0, 3);
        b.cue(stump.token(2).begin(), stump.token(2).end());
        assertTrue(NotAStatement.is(HandParse.text(stump), b));
        Sentence view = HandParse.sentence("Lee/Lee/NNP/PERSON held/hold/VBD Ann/Ann/NNP responsible/responsible/JJ "
                        + "././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "xcomp 1 3", "punct 1 4");
        Attribution c = statement(view, 0, 2);
        c.cue(view.token(1).begin(), view.token(1).end());
        assertFalse(NotAStatement.is(HandParse.text(view), c));
    }

    @Test
    void anInfinitiveOnANounThatNamesNoOneSaysWhatTheNounIsFor() {
        Sentence place = HandParse.sentence("The/the/DT fair/fair/NN is/be/VBZ a/a/DT good/good/JJ place/place/NN "
                        + "to/to/TO offer/offer/VB support/support/NN ././.",
                "root -1 5", "nsubj 5 1", "det 1 0", "cop 5 2", "det 5 3", "amod 5 4", "acl 5 7", "mark 7 6",
                "obj 7 8", "punct 5 9");
        Attribution a = statement(place, 5, 8);
        a.cue(place.token(7).begin(), place.token(7).end());
        assertTrue(NotAStatement.is(HandParse.text(place), a));
    }

    @Test
    void anInfinitiveOnANounForPeopleOrOnAPossessedNounStays() {
        Sentence senator = HandParse.sentence("Ortiz/Ortiz/NNP/PERSON was/be/VBD the/the/DT first/first/JJ "
                        + "senator/senator/NN to/to/TO endorse/endorse/VB Lee/Lee/NNP/PERSON ././.",
                "root -1 4", "nsubj 4 0", "cop 4 1", "det 4 2", "amod 4 3", "acl 4 6", "mark 6 5", "obj 6 7",
                "punct 4 8");
        Attribution a = statement(senator, 4, 7);
        a.cue(senator.token(6).begin(), senator.token(6).end());
        assertFalse(NotAStatement.is(HandParse.text(senator), a));
        Sentence failure = HandParse.sentence("Lee/Lee/NNP/PERSON 's/'s/POS failure/failure/NN to/to/TO "
                        + "denounce/denounce/VB the/the/DT group/group/NN hurt/hurt/VBD ././.",
                "root -1 7", "nsubj 7 2", "nmod:poss 2 0", "case 0 1", "acl 2 4", "mark 4 3", "obj 4 6",
                "det 6 5", "punct 7 8");
        Attribution b = statement(failure, 2, 5);
        b.cue(failure.token(4).begin(), failure.token(4).end());
        assertFalse(NotAStatement.is(HandParse.text(failure), b));
    }

    @Test
    void findingOneselfSomewhereIsNoFindingButFindingAPlanWeakIsAJudgement() {
        Sentence found = HandParse.sentence("Lee/Lee/NNP/PERSON found/find/VBD herself/herself/PRP in/in/IN "
                        + "the/the/DT storm/storm/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 5", "case 5 3", "det 5 4", "punct 1 6");
        Attribution a = statement(found, 0, 2);
        a.cue(found.token(1).begin(), found.token(1).end());
        assertTrue(NotAStatement.is(HandParse.text(found), a));
        Sentence judged = HandParse.sentence("Lee/Lee/NNP/PERSON found/find/VBD the/the/DT plan/plan/NN "
                        + "weak/weak/JJ ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "xcomp 1 4", "punct 1 5");
        Attribution b = statement(judged, 0, 2);
        b.cue(judged.token(1).begin(), judged.token(1).end());
        assertFalse(NotAStatement.is(HandParse.text(judged), b));
    }

    @Test
    void anInfinitiveAfterItIsHardToHasNoOneBehindIt() {
        Sentence hard = HandParse.sentence("It/it/PRP 's/be/VBZ hard/hard/JJ to/to/TO see/see/VB how/how/WRB "
                        + "Lee/Lee/NNP/PERSON wins/win/VBZ ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "xcomp 2 4", "mark 4 3", "ccomp 4 7", "advmod 7 5",
                "nsubj 7 6", "punct 2 8");
        Attribution a = statement(hard, 0, 5);
        a.cue(hard.token(4).begin(), hard.token(4).end());
        assertTrue(NotAStatement.is(HandParse.text(hard), a));
    }

    @Test
    void anItThatDoesThingsKeepsItsInfinitive() {
        Sentence paper = HandParse.sentence("It/it/PRP went/go/VBD on/on/RP to/to/TO say/say/VB taxes/tax/NNS "
                        + "rose/rise/VBD ././.",
                "root -1 1", "nsubj 1 0", "compound:prt 1 2", "xcomp 1 4", "mark 4 3", "ccomp 4 6", "nsubj 6 5",
                "punct 1 7");
        Attribution a = statement(paper, 0, 5);
        a.cue(paper.token(4).begin(), paper.token(4).end());
        assertFalse(NotAStatement.is(HandParse.text(paper), a));
    }

    @Test
    void findingOneselfInAStateOrFindingAWayIsNoFindingEither() {
        Sentence embroiled = HandParse.sentence("Lee/Lee/NNP/PERSON found/find/VBD himself/himself/PRP "
                        + "embroiled/embroil/VBN in/in/IN controversy/controversy/NN ././.",
                "root -1 1", "nsubj 1 0", "xcomp 1 3", "nsubj 3 2", "obl 3 5", "case 5 4", "punct 1 6");
        Attribution a = statement(embroiled, 0, 2);
        a.cue(embroiled.token(1).begin(), embroiled.token(1).end());
        assertTrue(NotAStatement.is(HandParse.text(embroiled), a));
        Sentence way = HandParse.sentence("Lee/Lee/NNP/PERSON found/find/VBD a/a/DT way/way/NN to/to/TO "
                        + "win/win/VB ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "acl 3 5", "mark 5 4", "punct 1 6");
        Attribution b = statement(way, 0, 2);
        b.cue(way.token(1).begin(), way.token(1).end());
        assertTrue(NotAStatement.is(HandParse.text(way), b));
    }

    @Test
    void whatAnUnnamedSourceIsNotAuthorizedToDoExplainsTheAnonymity() {
        Sentence s = HandParse.sentence("They/they/PRP were/be/VBD not/not/RB authorized/authorize/VBN to/to/TO "
                        + "discuss/discuss/VB the/the/DT talks/talk/NNS ././.",
                "root -1 3", "nsubj:pass 3 0", "aux:pass 3 1", "advmod 3 2", "xcomp 3 5", "mark 5 4", "obj 5 7",
                "det 7 6", "punct 3 8");
        Attribution a = statement(s, 0, 6);
        a.cue(s.token(5).begin(), s.token(5).end());
        assertTrue(NotAStatement.is(HandParse.text(s), a));
        Sentence allowed = HandParse.sentence("Lee/Lee/NNP/PERSON was/be/VBD allowed/allow/VBN to/to/TO "
                        + "speak/speak/VB ././.",
                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "xcomp 2 4", "mark 4 3", "punct 2 5");
        Attribution b = statement(allowed, 0, 4);
        b.cue(allowed.token(4).begin(), allowed.token(4).end());
        assertFalse(NotAStatement.is(HandParse.text(allowed), b));
    }
}
