package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The ones a remark stirs react to it (sentences written for the test). */
class StirringVerbCueTest {
    @Test
    void theOnesAngeredSpeakAboutTheSubject() {
        Sentence s = sentence("Her/she/PRP$ stance/stance/NN has/have/VBZ angered/anger/VBN many/many/JJ "
                + "farmers/farmer/NNS", "nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "amod 5 4",
                "obj 3 5");
        List<Attribution> out = new ArrayList<>();
        assertTrue(StirringVerbCue.verb(text(s), s, s.token(3), List.of(), out));
        Attribution a = out.get(0);
        assertEquals("many farmers", text(s).substring(a.speakerBegin, a.speakerEnd));
        assertEquals("Her stance", text(s).substring(a.contentBegin, a.contentEnd));
        assertEquals("angered", text(s).substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void aPostResonatesWithItsReaders() {
        Sentence s = sentence("The/the/DT post/post/NN resonated/resonate/VBD with/with/IN readers/reader/NNS",
                "det 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl 2 4");
        List<Attribution> out = new ArrayList<>();
        assertTrue(StirringVerbCue.verb(text(s), s, s.token(2), List.of(), out));
        assertEquals("readers", text(s).substring(out.get(0).speakerBegin, out.get(0).speakerEnd));
    }

    @Test
    void aClaimWithItsOwnClauseStaysItsHoldersStatement() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON 's/'s/POS claim/claim/NN that/that/IN the/the/DT "
                + "bridge/bridge/NN is/be/VBZ unsafe/unsafe/JJ angered/anger/VBD the/the/DT engineers/engineer/NNS",
                "nmod:poss 2 0", "case 0 1", "nsubj 8 2", "mark 7 3", "det 5 4", "nsubj 7 5", "cop 7 6",
                "acl 2 7", "root -1 8", "det 10 9", "obj 8 10");
        assertFalse(StirringVerbCue.verb(text(s), s, s.token(8), List.of(), new ArrayList<>()));
    }

    @Test
    void aPersonWhoUpsetsARivalActs() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON upset/upset/VBD Lee/Lee/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "obj 1 2");
        assertFalse(StirringVerbCue.verb(text(s), s, s.token(1), List.of(), new ArrayList<>()));
    }

    @Test
    void theStirredAsPassiveSubjectAreNoObject() {
        Sentence s = sentence("Farmers/farmer/NNS were/be/VBD angered/anger/VBN by/by/IN the/the/DT plan/plan/NN",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5");
        assertFalse(StirringVerbCue.verb(text(s), s, s.token(2), List.of(), new ArrayList<>()));
    }

    @Test
    void anInfinitiveStirsNobodyYet() {
        Sentence s = sentence("His/he/PRP$ knack/knack/NN to/to/TO offend/offend/VB voters/voter/NNS "
                + "is/be/VBZ rare/rare/JJ", "nmod:poss 1 0", "nsubj 6 1", "mark 3 2", "acl 1 3", "obj 3 4",
                "cop 6 5", "root -1 6");
        assertFalse(StirringVerbCue.verb(text(s), s, s.token(3), List.of(), new ArrayList<>()));
    }
}
