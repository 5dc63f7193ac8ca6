package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Where a reported statement begins and ends when the parse misleads: another cue inside its clause, "according
 * to X" hung on a noun. On hand-built parses.
 */
class StatementBoundaryTest {
    @Test
    void aCueWithItsOwnSubjectAndComplementAfterACommaEndsTheStatement() {
        // "Ortiz said the port has seen three booms, she believes the next will come." with "believes" hung
        // inside the reported clause, as the parser often does
        Sentence s = sentence("Ortiz/Ortiz/NNP said/say/VBD the/the/DT port/port/NN has/have/VBZ seen/see/VBN "
                        + "three/three/CD booms/boom/NNS ,/,/, she/she/PRP believes/believe/VBZ the/the/DT next/next/JJ "
                        + "will/will/MD come/come/VB ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "aux 5 4", "nummod 7 6", "obj 5 7",
                "punct 5 8", "parataxis 5 10", "nsubj 10 9", "ccomp 10 14", "det 12 11", "nsubj 14 12", "aux 14 13",
                "punct 1 15");
        assertArrayEquals(new int[] {2, 7}, StatementEnd.beforeParticipialCue(s, s.subtreeRange(5)));
    }

    @Test
    void aTrailingCueWithoutComplementAfterACommaDoesNot() {
        // "Ortiz said the port has seen three booms, she added." : "added" says nothing after it
        Sentence s = sentence("Ortiz/Ortiz/NNP said/say/VBD the/the/DT port/port/NN has/have/VBZ seen/see/VBN "
                        + "three/three/CD booms/boom/NNS ,/,/, she/she/PRP added/add/VBD ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "aux 5 4", "nummod 7 6", "obj 5 7",
                "punct 5 8", "parataxis 5 10", "nsubj 10 9", "punct 1 11");
        assertArrayEquals(new int[] {2, 10}, StatementEnd.beforeParticipialCue(s, s.subtreeRange(5)));
    }

    @Test
    void accordingToHungOnANounReportsTheWholeClauseBeforeIt() {
        String words = "Ortiz/Ortiz/NNP holds/hold/VBZ a/a/DT lead/lead/NN ,/,/, according/accord/VBG to/to/TO the/the/DT "
                + "average/average/NN of/of/IN polls/poll/NNS ././.";
        Sentence s = sentence(words, "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "punct 3 4", "nmod 3 8",
                "case 8 5", "fixed 5 6", "det 8 7", "nmod 8 10", "case 10 9", "punct 1 11");
        String text = "Ortiz holds a lead , according to the average of polls .";
        List<Attribution> found = new ClauseAttributor().find(new AnnotatedText(text, List.of(s), List.of(), List.of()),
                List.of()).attributions();
        assertEquals(1, found.size(), found.toString());
        Attribution a = found.get(0);
        assertEquals("Ortiz holds a lead", text.substring(a.contentBegin, a.contentEnd));
        assertEquals("the average of polls", text.substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aParticipialCueAfterADashAndAConjunctionEndsTheStatementAndKeepsTheSpeaker() {
        // "Lee said the levy was fair - and arguing that it would pass ."
        String words = "Lee/Lee/NNP said/say/VBD the/the/DT levy/levy/NN was/be/VBD fair/fair/JJ -/-/: and/and/CC "
                + "arguing/argue/VBG that/that/IN it/it/PRP would/would/MD pass/pass/VB ././.";
        Sentence s = sentence(words, "root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "cop 5 4",
                "punct 5 6", "cc 8 7", "conj 5 8", "mark 12 9", "nsubj 12 10", "aux 12 11", "ccomp 8 12", "punct 1 13");
        assertArrayEquals(new int[] {2, 5}, StatementEnd.beforeParticipialCue(s, s.subtreeRange(5)));
        String text = "Lee said the levy was fair - and arguing that it would pass .";
        List<Attribution> found = new ClauseAttributor().find(new AnnotatedText(text, List.of(s), List.of(), List.of()),
                List.of()).attributions();
        assertEquals(2, found.size(), found.toString());
        for (Attribution a : found) {
            assertEquals("Lee", text.substring(a.speakerBegin, a.speakerEnd), a.toString());
        }
        assertEquals("the levy was fair", text.substring(found.get(0).contentBegin, found.get(0).contentEnd));
    }

    @Test
    void aParticipialCueAfterAClosedQuotationGoesWithTheEarlierCuesSpeaker() {
        // "Lee told reporters that Ortiz " had a plan , " adding it came late ." with "adding" hung on "plan"
        String words = "Lee/Lee/NNP told/tell/VBD reporters/reporter/NNS that/that/IN Ortiz/Ortiz/NNP \"/\"/`` "
                + "had/have/VBD a/a/DT plan/plan/NN ,/,/, \"/\"/'' adding/add/VBG it/it/PRP came/come/VBD late/late/RB ././.";
        Sentence s = sentence(words, "root -1 1", "nsubj 1 0", "obj 1 2", "ccomp 1 6", "mark 6 3", "nsubj 6 4",
                "punct 6 5", "det 8 7", "obj 6 8", "punct 8 9", "punct 8 10", "acl 8 11", "ccomp 11 13", "nsubj 13 12",
                "advmod 13 14", "punct 1 15");
        assertArrayEquals(new int[] {3, 8}, StatementEnd.beforeParticipialCue(s, s.subtreeRange(6)));
        assertEquals(0, CueSpeaker.subject(s, 11, 0), "adding is Lee's");
        assertEquals(1, StatementBoundary.earlierCueWithSubject(s, 11));
    }

    @Test
    void aCoordinatedCueAfterAnAuxiliaryEndsTheStatementAndSharesTheSubject() {
        // "Lee said the plan was sound but did not say it would pass ."
        String words = "Lee/Lee/NNP said/say/VBD the/the/DT plan/plan/NN was/be/VBD sound/sound/JJ but/but/CC did/do/VBD "
                + "not/not/RB say/say/VB it/it/PRP would/would/MD pass/pass/VB ././.";
        Sentence s = sentence(words, "root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "cop 5 4",
                "cc 9 6", "aux 9 7", "advmod 9 8", "conj 5 9", "ccomp 9 12", "nsubj 12 10", "aux 12 11", "punct 1 13");
        assertArrayEquals(new int[] {2, 5}, StatementEnd.beforeParticipialCue(s, s.subtreeRange(5)));
        assertEquals(0, CueSpeaker.subject(s, 9, 0), "the second cue is Lee's too");
    }

    @Test
    void aParticipleOfSayingAfterATrailingCueIsAStatementOfItsOwnByTheSameSpeaker() {
        // "" The port is open , " Ida said , adding that ships would come ." with "adding" hung on "said"
        String words = "\"/\"/`` The/the/DT port/port/NN is/be/VBZ open/open/JJ ,/,/, \"/\"/'' Ida/Ida/NNP said/say/VBD "
                + ",/,/, adding/add/VBG that/that/IN ships/ship/NNS would/would/MD come/come/VB ././.";
        Sentence s = sentence(words, "root -1 8", "nsubj 8 7", "parataxis 8 4", "punct 4 0", "det 2 1", "nsubj 4 2",
                "cop 4 3", "punct 8 5", "punct 8 6", "punct 8 9", "dep 8 10", "mark 14 11", "nsubj 14 12", "aux 14 13",
                "ccomp 10 14", "punct 8 15");
        assertEquals(8, StatementBoundary.trailingCueBefore(s, 10));
        assertEquals(7, CueSpeaker.subject(s, 10, 0), "Ida adds");
        String text = "\" The port is open , \" Ida said , adding that ships would come .";
        List<Attribution> found = new ClauseAttributor().find(new AnnotatedText(text, List.of(s), List.of(), List.of()),
                List.of()).attributions();
        for (Attribution a : found) {
            String content = text.substring(a.contentBegin, a.contentEnd);
            assertEquals(false, content.startsWith("adding"), "the participle is no part of said's content: " + a);
        }
        assertEquals(true, found.stream().anyMatch(a -> text.substring(a.cueBegin, a.cueEnd).equals("adding")
                && text.substring(a.speakerBegin, a.speakerEnd).equals("Ida")), found.toString());
    }

    @Test
    void theTrailingCuesObjectMayStandBeforeTheParticiple() {
        // "" The port is open , " Ida told the group , adding that ships would come ."
        String words = "\"/\"/`` The/the/DT port/port/NN is/be/VBZ open/open/JJ ,/,/, \"/\"/'' Ida/Ida/NNP told/tell/VBD "
                + "the/the/DT group/group/NN ,/,/, adding/add/VBG that/that/IN ships/ship/NNS would/would/MD come/come/VB ././.";
        Sentence s = sentence(words, "root -1 8", "nsubj 8 7", "parataxis 8 4", "punct 4 0", "det 2 1", "nsubj 4 2",
                "cop 4 3", "punct 8 5", "punct 8 6", "det 10 9", "obj 8 10", "punct 8 11", "dep 8 12", "mark 16 13",
                "nsubj 16 14", "aux 16 15", "ccomp 12 16", "punct 8 17");
        assertEquals(8, StatementBoundary.trailingCueBefore(s, 12));
        assertEquals(7, CueSpeaker.subject(s, 12, 0), "Ida adds");
    }
}
