package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Who speaks when the parse misleads (no subject, an inverted name, an absolute participle); on hand-built parses. */
class MisparsedSpeakerTest {
    @Test
    void aNameHungAsAnAppositionOfTheNounBeforeItIsTheSubject() {
        // "At a rally hosted by Fox, Whitby praised Ortiz." with "Whitby" parsed as an apposition of "Fox"
        Sentence s = sentence("At/at/IN a/a/DT rally/rally/NN hosted/host/VBN by/by/IN Fox/Fox/NNP/ORGANIZATION ,/,/, "
                        + "Whitby/Whitby/NNP/PERSON praised/praise/VBD Ortiz/Ortiz/NNP/PERSON ././.",
                "root -1 8", "case 2 0", "det 2 1", "obl 8 2", "acl 2 3", "case 5 4", "obl 3 5", "punct 5 6",
                "appos 5 7", "obj 8 9", "punct 8 10");
        assertEquals(7, SubjectBeforeCue.find(s, 8, List.of()));
    }

    @Test
    void anAgeAParenthesisAndADayBetweenNameAndCueAreSkipped() {
        // "Ann Whitby, 70, said ..." and "Sen. Ann Whitby (R-Ore.) on Monday downplayed ..."
        Sentence age = sentence("Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON ,/,/, 70/70/CD ,/,/, said/say/VBD it/it/PRP "
                        + "was/be/VBD late/late/JJ",
                "compound 1 0", "dep 5 1", "punct 1 2", "appos 1 3", "punct 1 4", "root -1 5", "nsubj 8 6",
                "cop 8 7", "ccomp 5 8");
        assertEquals(1, SubjectBeforeCue.find(age, 5, List.of()));
        Sentence tag = sentence("Sen./Sen./NNP Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON (/(/-LRB- R-Ore./R-Ore./NNP )/)/-RRB- "
                        + "on/on/IN Monday/Monday/NNP/DATE downplayed/downplay/VBD the/the/DT toll/toll/NN",
                "compound 2 0", "compound 2 1", "dep 10 2", "punct 4 3", "appos 2 4", "punct 4 5", "case 7 6",
                "obl 8 7", "root -1 8", "det 10 9", "obj 8 10");
        assertEquals(2, SubjectBeforeCue.find(tag, 8, List.of()));
    }

    @Test
    void aProgressiveCueTakesTheNounBeforeItsTensedBe() {
        // "As the town mourns, pastors and teachers are urging calm." with the subjects hung on the clause before
        Sentence s = sentence("As/as/IN the/the/DT town/town/NN mourns/mourn/VBZ ,/,/, pastors/pastor/NNS and/and/CC "
                        + "teachers/teacher/NNS are/be/VBP urging/urge/VBG calm/calm/NN",
                "mark 3 0", "det 2 1", "nsubj 3 2", "advcl 9 3", "punct 3 4", "conj 2 5", "cc 7 6", "conj 2 7",
                "aux 9 8", "root -1 9", "obj 9 10");
        assertEquals(7, SubjectBeforeCue.find(s, 9, List.of()));
        Sentence untensed = sentence("pastors/pastor/NNS being/be/VBG urging/urge/VBG calm/calm/NN",
                "dep 2 0", "aux 2 1", "root -1 2", "obj 2 3");
        assertEquals(-1, SubjectBeforeCue.find(untensed, 2, List.of()));
    }

    @Test
    void whoIsToldAfterACommaIsNoInvertedSpeaker() {
        // "..., Ortiz, who chairs the panel, told the Ledger." where the parse lost the subject: the Ledger was told
        Sentence told = sentence(",/,/, told/tell/VBD the/the/DT Ledger/Ledger/NNP/ORGANIZATION ././.",
                "punct 1 0", "root -1 1", "det 3 2", "obj 1 3", "punct 1 4");
        assertEquals(-1, SpeakerBesideCue.speakerAfter(told, 1));
        Sentence said = sentence(",/,/, said/say/VBD the/the/DT Ledger/Ledger/NNP/ORGANIZATION ././.",
                "punct 1 0", "root -1 1", "det 3 2", "nsubj 1 3", "punct 1 4");
        assertEquals(3, SpeakerBesideCue.speakerAfter(said, 1));
    }

    @Test
    void aCueWithASubjectOrAPrepositionsObjectBeforeItGetsNone() {
        // "Ortiz praised Whitby." has its subject; "In another era, shows like this ran." has none before the comma
        Sentence own = sentence("Ortiz/Ortiz/NNP/PERSON praised/praise/VBD Whitby/Whitby/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "obj 1 2");
        assertEquals(-1, SubjectBeforeCue.find(own, 1, List.of()));
        Sentence oblique = sentence("After/after/IN the/the/DT vote/vote/NN said/say/VBD the/the/DT port/port/NN "
                        + "is/be/VBZ safe/safe/JJ",
                "case 2 0", "det 2 1", "obl 3 2", "root -1 3", "det 5 4", "nsubj 7 5", "cop 7 6", "ccomp 3 7");
        assertEquals(-1, SubjectBeforeCue.find(oblique, 3, List.of()));
    }

    @Test
    void theClitizedHasOfAPerfectIsNoPassive() {
        // "He's said he will veto it." with "'s" parsed as a passive auxiliary
        Sentence s = sentence("He/he/PRP 's/be/VBZ said/say/VBN he/he/PRP will/will/MD veto/veto/VB it/it/PRP",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "obj 5 6");
        assertEquals(0, CueSpeaker.subject(s, 2, 0));
        Sentence passive = sentence("He/he/PRP 's/be/VBZ said/say/VBN to/to/TO be/be/VB ill/ill/JJ",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "mark 5 3", "cop 5 4", "xcomp 2 5");
        assertEquals(-1, CueSpeaker.subject(passive, 2, 0));
    }

    @Test
    void anInvertedSpeakerMayBeFollowedByItsAdjectiveOrBeOneOfAGroup() {
        // "..., said a source close to the board." / "..., said one of her aides." / "..., said his oldest friend."
        Sentence close = sentence(",/,/, said/say/VBD a/a/DT source/source/NN close/close/JJ to/to/IN the/the/DT board/board/NN",
                "punct 1 0", "root -1 1", "det 3 2", "obj 1 3", "amod 3 4", "case 7 5", "det 7 6", "obl 4 7");
        assertEquals(3, SpeakerBesideCue.speakerAfterAny(close, 1));
        Sentence one = sentence(",/,/, said/say/VBD one/one/CD of/of/IN her/her/PRP$ aides/aide/NNS",
                "punct 1 0", "root -1 1", "obj 1 2", "case 5 3", "nmod:poss 5 4", "nmod 2 5");
        assertEquals(2, SpeakerBesideCue.speakerAfterAny(one, 1));
        Sentence friend = sentence(",/,/, said/say/VBD his/his/PRP$ oldest/old/JJS friend/friend/NN",
                "punct 1 0", "root -1 1", "nmod:poss 4 2", "amod 4 3", "obj 1 4");
        assertEquals(4, SpeakerBesideCue.speakerAfterAny(friend, 1));
    }

    @Test
    void theNounAfterWithIsTheSubjectOfTheParticipleRightAfterIt() {
        // "Ortiz campaigned hard, with polls showing her behind." / "... with a call saying ..." keeps the doer
        Sentence with = sentence("Ortiz/Ortiz/NNP/PERSON campaigned/campaign/VBD ,/,/, with/with/IN polls/poll/NNS "
                        + "showing/show/VBG her/she/PRP behind/behind/RB",
                "nsubj 1 0", "root -1 1", "punct 1 2", "case 4 3", "obl 1 4", "acl 4 5", "obj 5 6", "advmod 5 7");
        assertEquals(4, CueSpeaker.subject(with, 5, 0));
        Sentence issued = sentence("Ortiz/Ortiz/NNP/PERSON issued/issue/VBD a/a/DT statement/statement/NN "
                        + "saying/say/VBG she/she/PRP won/win/VBD",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "acl 3 4", "nsubj 6 5", "ccomp 4 6");
        assertEquals(0, CueSpeaker.subject(issued, 4, 0));
    }

    @Test
    void aNameTheParseMadeTheRootSpeaksThroughAParticipleAfterAComma() {
        // "Sen. Ann Ortiz, who faces a runoff, voted no, saying it was rushed." with "Ortiz" as the root
        Sentence s = sentence("Sen./Sen./NNP Ann/Ann/NNP/PERSON Ortiz/Ortiz/NNP/PERSON ,/,/, who/who/WP faces/face/VBZ "
                        + "a/a/DT runoff/runoff/NN ,/,/, voted/vote/VBD no/no/UH ,/,/, saying/say/VBG it/it/PRP "
                        + "was/be/VBD rushed/rushed/JJ",
                "compound 2 0", "compound 2 1", "root -1 2", "punct 2 3", "nsubj 5 4", "acl:relcl 2 5", "det 7 6",
                "obj 5 7", "punct 5 8", "conj 5 9", "obj 9 10", "punct 2 11", "dep 2 12", "nsubj 15 13",
                "cop 15 14", "ccomp 12 15");
        assertEquals(2, ParticipleSpeaker.mainSubject(s, 12));
        Sentence thing = sentence("The/the/DT bill/bill/NN ,/,/, saying/say/VBG it/it/PRP was/be/VBD rushed/rushed/JJ",
                "det 1 0", "root -1 1", "punct 1 2", "dep 1 3", "nsubj 6 4", "cop 6 5", "ccomp 3 6");
        assertEquals(-1, ParticipleSpeaker.mainSubject(thing, 3));
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheMainClausesSubject() {
        // "Ortiz was cagey about where she stands, offering few details." with "offering" hung on "stands"
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON was/be/VBD cagey/cagey/JJ about/about/IN where/where/WRB "
                        + "she/she/PRP stands/stand/VBZ ,/,/, offering/offer/VBG few/few/JJ details/detail/NNS",
                "nsubj 2 0", "cop 2 1", "root -1 2", "mark 6 3", "advmod 6 4", "nsubj 6 5", "advcl 2 6", "punct 8 7",
                "advcl 6 8", "amod 10 9", "obj 8 10");
        assertEquals(0, ParticipleSpeaker.mainSubject(s, 8));
        // "Lee won, but Ortiz refused, saying it was late.": the coordinated clause has its own speaker
        Sentence but = sentence("Lee/Lee/NNP/PERSON won/win/VBD ,/,/, but/but/CC Ortiz/Ortiz/NNP/PERSON refused/refuse/VBD "
                        + ",/,/, saying/say/VBG it/it/PRP was/be/VBD late/late/JJ",
                "nsubj 1 0", "root -1 1", "punct 5 2", "cc 5 3", "nsubj 5 4", "conj 1 5", "punct 7 6", "advcl 5 7",
                "nsubj 10 8", "cop 10 9", "ccomp 7 10");
        assertEquals(-1, ParticipleSpeaker.mainSubject(but, 7));
    }

    @Test
    void theCuesSubjectParsedAsAnAppositionOfTheTopicOrAPersonApposedToATitleSpeaks() {
        // "The plan, an aide said, is late." with "aide" parsed as an apposition of "plan"
        Sentence topic = sentence("The/the/DT plan/plan/NN ,/,/, an/a/DT aide/aide/NN said/say/VBD ,/,/, is/be/VBZ late/late/JJ",
                "det 1 0", "nsubj 5 1", "punct 1 2", "det 4 3", "appos 1 4", "root -1 5", "punct 5 6", "cop 8 7",
                "ccomp 5 8");
        assertEquals(4, AppositionSpeaker.of(topic, 1, 5));
        // "The head of the board, Ann Lee, praised the plan."
        Sentence title = sentence("The/the/DT head/head/NN of/of/IN the/the/DT board/board/NN ,/,/, Ann/Ann/NNP/PERSON "
                        + "Lee/Lee/NNP/PERSON ,/,/, praised/praise/VBD the/the/DT plan/plan/NN",
                "det 1 0", "nsubj 9 1", "case 4 2", "det 4 3", "nmod 1 4", "punct 7 5", "compound 7 6", "appos 1 7",
                "punct 7 8", "root -1 9", "det 11 10", "obj 9 11");
        assertEquals(7, AppositionSpeaker.of(title, 1, 9));
        // "Ann Lee, the mayor, said ..." keeps the name
        Sentence name = sentence("Ann/Ann/NNP/PERSON Lee/Lee/NNP/PERSON ,/,/, the/the/DT mayor/mayor/NN ,/,/, said/say/VBD",
                "compound 1 0", "nsubj 6 1", "punct 4 2", "det 4 3", "appos 1 4", "punct 4 5", "root -1 6");
        assertEquals(1, AppositionSpeaker.of(name, 1, 6));
    }

    @Test
    void aSubjectInsideACommaSetRelativeClauseBeforeTheCueGivesWayToItsNoun() {
        // "Ortiz, who toured the port today, tweeted thanks." with "who" taken for the subject of "tweeted"
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON ,/,/, who/who/WP toured/tour/VBD the/the/DT port/port/NN ,/,/, "
                        + "tweeted/tweet/VBD thanks/thanks/NNS",
                "root -1 0", "punct 0 1", "nsubj 3 2", "acl:relcl 0 3", "det 5 4", "obj 3 5", "punct 0 6", "conj 3 7",
                "obj 7 8");
        assertEquals(0, SubjectBeforeCue.outsideAside(s, 2, 7, List.of()));
    }
}
