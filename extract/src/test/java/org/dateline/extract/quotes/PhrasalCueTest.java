package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cues of more than one word and the constructions that look like cues but are not: a light verb with a
 * noun of saying ("made conflicting statements on", "took issue with"), "made it clear" with its clause on
 * "clear", "is eager to", and "find", "in response to", "the support of" that say
 * nothing. On hand-built parses (sentences written for the test).
 */
class PhrasalCueTest {
    @Test
    void aLightVerbWithANounOfSayingThatTellsWhatIsTheStatement() {
        Attribution a = only(found("Ortiz/Ortiz/NNP made/make/VBD conflicting/conflicting/JJ statements/statement/NNS "
                        + "on/on/IN the/the/DT levy/levy/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "amod 3 2", "nmod 3 6", "case 6 4", "det 6 5", "punct 1 7"));
        assertEquals("conflicting statements on the levy", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aBareNounOfSayingPointsBackToWordsToldElsewhere() {
        assertEquals(List.of(), found("Ortiz/Ortiz/NNP made/make/VBD the/the/DT comments/comment/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 1 4"));
    }

    @Test
    void takingIssueWithSomethingIsAStatementAboutIt() {
        Attribution a = only(found("Whitby/Whitby/NNP took/take/VBD issue/issue/NN with/with/IN the/the/DT toll/toll/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 5", "case 5 3", "det 5 4", "punct 1 6"));
        assertEquals("the toll", content(a));
        assertEquals("Whitby", speaker(a));
    }

    @Test
    void makingItClearTellsTheClauseTheParseHungOnClear() {
        // "raise", not "veto": a vetoing is a statement of its own now (ActionObjectCue), nested here
        Attribution a = only(found("Ortiz/Ortiz/NNP made/make/VBD it/it/PRP clear/clear/JJ that/that/IN she/she/PRP "
                        + "would/would/MD raise/raise/VB the/the/DT levy/levy/NN ././.",
                "root -1 1", "nsubj 1 0", "xcomp 1 3", "nsubj 3 2", "ccomp 3 7", "mark 7 4", "nsubj 7 5", "aux 7 6",
                "obj 7 9", "det 9 8", "punct 1 10"));
        assertEquals("she would raise the levy", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aGerundTheParseTookForTheSubjectIsNoSpeaker() {
        // "blasted the panel for failing to make clear that ...": the parse makes "failing" the subject of "make"
        List<Attribution> all = found("Critics/critic/NNS blasted/blast/VBD Whitby/Whitby/NNP for/for/IN "
                        + "failing/fail/VBG to/to/TO make/make/VB clear/clear/JJ that/that/IN the/the/DT deal/deal/NN "
                        + "was/be/VBD partial/partial/JJ ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "advcl 1 6", "mark 6 3", "nsubj 6 4", "mark 6 5", "xcomp 6 7",
                "ccomp 7 12", "mark 12 8", "det 10 9", "nsubj 12 10", "cop 12 11", "punct 1 13");
        assertTrue(all.stream().noneMatch(a -> speaker(a).equals("failing")), all.toString());
    }

    @Test
    void beingEagerToDoSomethingIsTheSubjectsAim() {
        Attribution a = only(found("Whitby/Whitby/NNP is/be/VBZ eager/eager/JJ to/to/TO debate/debate/VB Ortiz/Ortiz/NNP ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "xcomp 2 4", "mark 4 3", "obj 4 5", "punct 2 6"));
        assertEquals("to debate Ortiz", content(a));
        assertEquals("Whitby", speaker(a));
    }

    @Test
    void findingSomethingIsAFindingOnlyAsAJudgementOrOfAnInquiry() {
        assertEquals(List.of(), found("Farmers/farmer/NNS can/can/MD not/not/RB find/find/VB jobs/job/NNS ././.",
                "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4", "punct 3 5"));
        Attribution audit = only(found("The/the/DT audit/audit/NN found/find/VBD errors/error/NNS ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "punct 2 4"));
        assertEquals("errors", content(audit));
        Attribution judged = only(found("I/I/PRP find/find/VBP his/his/PRP$ plan/plan/NN troubling/troubling/JJ ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "nmod:poss 3 2", "xcomp 1 4", "punct 1 5"));
        assertEquals("his plan troubling", content(judged));
    }

    @Test
    void inResponseToSomethingAndTheSupportOfSomeoneSayNothing() {
        List<Attribution> all = found("In/in/IN response/response/NN to/to/IN the/the/DT ruling/ruling/NN ,/,/, "
                        + "Ortiz/Ortiz/NNP said/say/VBD the/the/DT levy/levy/NN stays/stay/VBZ ././.",
                "root -1 7", "obl 7 1", "case 1 0", "nmod 1 4", "case 4 2", "det 4 3", "punct 7 5", "nsubj 7 6",
                "ccomp 7 10", "det 9 8", "nsubj 10 9", "punct 7 11");
        assertEquals("the levy stays", content(only(all)));
        assertEquals(List.of(), found("Lee/Lee/NNP has/have/VBZ the/the/DT support/support/NN of/of/IN the/the/DT "
                        + "unions/union/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "nmod 3 6", "case 6 4", "det 6 5", "punct 1 7"));
    }

    @Test
    void speakingOnARecordOrAShowIsNoStatementButSpeakingAboutAThingIs() {
        assertEquals(List.of(), found("An/a/DT aide/aide/NN ,/,/, speaking/speak/VBG on/on/IN condition/condition/NN "
                        + "of/of/IN anonymity/anonymity/NN ,/,/, left/leave/VBD ././.",
                "root -1 9", "det 1 0", "nsubj 9 1", "punct 1 2", "acl 1 3", "obl 3 5", "case 5 4", "nmod 5 7",
                "case 7 6", "punct 1 8", "punct 9 10"));
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON spoke/speak/VBD about/about/IN the/the/DT toll/toll/NN ././.",
                "root -1 1", "nsubj 1 0", "obl 1 4", "case 4 2", "det 4 3", "punct 1 5"));
        assertEquals("the toll", content(a));
    }
}
