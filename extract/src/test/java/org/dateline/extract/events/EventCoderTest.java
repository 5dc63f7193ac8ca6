package org.dateline.extract.events;

import static org.dateline.extract.events.ParseFixture.actors;
import static org.dateline.extract.events.ParseFixture.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EventCoderTest {
    private static final EventCoder CODER = new EventCoder(DefaultDictionaryReader.builtIn());

    private static Set<String> triples(List<CodedEvent> events) {
        return events.stream().map(e -> (e.source() == null ? "-" : e.source().code()) + " "
                + (e.target() == null ? "-" : e.target().code()) + " " + e.code()).collect(Collectors.toSet());
    }

    @Test
    void verbWithSubjectAndObject() {
        Sentence s = sentence("Rebels/rebel/NNS attacked/attack/VBD troops/troops/NNS near/near/IN Homs/Homs/NNP",
                "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl:near 1 4");
        assertEquals(Set.of("REB SYRMIL 190"), triples(CODER.code(s, actors("0=REB", "2=SYRMIL", "4=SYR"))));
    }

    @Test
    void passiveTakesTheByPhraseAsSourceAndSubjectAsTarget() {
        Sentence s = sentence("Envoys/envoy/NNS were/be/VBD expelled/expel/VBN by/by/IN Minsk/Minsk/NNP",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl:agent 2 4");
        assertEquals(Set.of("BLR FRAGOV 174"), triples(CODER.code(s, actors("0=FRAGOV", "4=BLR"))));
    }

    @Test
    void conjoinedActorsGiveOneEventPerPair() {
        Sentence s = sentence("Chad/Chad/NNP and/and/CC Mali/Mali/NNP condemned/condemn/VBD Niger/Niger/NNP",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "obj 3 4", "|", "nsubj 3 2");
        assertEquals(Set.of("TCD NER 111", "MLI NER 111"), triples(CODER.code(s, actors("0=TCD", "2=MLI", "4=NER"))));
    }

    @Test
    void nominalTakesPossessorAsSourceAndOfPhraseAsTarget() {
        Sentence s = sentence("Russia/Russia/NNP 's/'s/POS invasion/invasion/NN of/of/IN Ukraine/Ukraine/NNP continued/continue/VBD",
                "nmod:poss 2 0", "case 0 1", "nsubj 5 2", "case 4 3", "nmod:of 2 4", "root -1 5");
        List<CodedEvent> events = CODER.code(s, actors("0=RUS", "4=UKR"));
        assertEquals(Set.of("RUS UKR 192"), triples(events));
        assertEquals(2, events.get(0).trigger());
    }

    @Test
    void theSpeakerOfATrailingAttributionIsNoTargetHoweverItIsParsed() {
        // as CoreNLP read it: "force" an apposition of "port", inside the strike's object
        Sentence s = sentence("Missiles/missile/NNS struck/strike/VBD the/the/DT port/port/NN ,/,/, Ukraine/Ukraine/NNP "
                        + "'s/'s/POS force/force/NN said/say/VBD ././.",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "punct 3 4", "nmod:poss 7 5", "case 5 6", "appos 3 7",
                "parataxis 1 8", "punct 1 9");
        assertEquals(Set.of("RUS - 190"), triples(CODER.code(s, actors("0=RUS", "5=UKR", "7=UKRMIL"))));
    }

    @Test
    void aBareParticipleIsPassive() {
        Sentence s = sentence("companies/company/NNS accused/accuse/VBN of/of/IN smuggling/smuggle/VBG",
                "nsubj 1 0", "root -1 1", "mark 3 2", "advcl 1 3");
        assertEquals(Set.of("- CHNBUS 112"), triples(CODER.code(s, actors("0=CHNBUS"))));
    }

    @Test
    void whatFollowsAPassiveOrAParticipleIsNoTarget() {
        // "civilians killed in U.S. strikes": the noun modified is the one killed; the strikes' country is not
        Sentence s = sentence("civilians/civilian/NNS killed/kill/VBN in/in/IN U.S./U.S./NNP strikes/strike/NNS",
                "root -1 0", "acl 0 1", "case 4 2", "compound 4 3", "obl:in 1 4");
        assertTrue(triples(CODER.code(s, actors("3=USA"))).stream().noneMatch(t -> t.startsWith("- USA 190")),
                triples(CODER.code(s, actors("3=USA"))).toString());
    }

    @Test
    void anIntentToDoAnEventIsThatEventNotACooperation() {
        Sentence s = sentence("EU/EU/NNP agreed/agree/VBD to/to/TO sanction/sanction/VB Russia/Russia/NNP",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "|", "nsubj:xsubj 3 0");
        assertEquals(Set.of("IGOEUREEC RUS 163"), triples(CODER.code(s, actors("0=IGOEUREEC", "4=RUS"))));
    }

    @Test
    void supportVerbLendsItsSubjectToTheNominal() {
        Sentence s = sentence("Oman/Oman/NNP held/hold/VBD talks/talk/NNS with/with/IN Yemen/Yemen/NNP",
                "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod:with 2 4");
        assertEquals(Set.of("OMN YEM 040"), triples(CODER.code(s, actors("0=OMN", "4=YEM"))));
    }

    @Test
    void aWarWagedOnSomeoneIsFighting() {
        Sentence s = sentence("Gondor/Gondor/NNP continued/continue/VBD its/its/PRP$ war/war/NN on/on/IN Mordor/Mordor/NNP",
                "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "nmod:on 3 5");
        assertEquals(Set.of("GON MOR 190"), triples(CODER.code(s, actors("0=GON", "5=MOR"))));
    }

    @Test
    void experiencerVerbMakesItsSubjectTheTarget() {
        Sentence s = sentence("Bases/base/NNS saw/see/VBD a/a/DT rise/rise/NN in/in/IN attacks/attack/NNS",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod:in 3 5");
        assertEquals(Set.of("- USAMIL 190"), triples(CODER.code(s, actors("0=USAMIL"))));
    }

    @Test
    void patternChoosesTheSpecificCode() {
        Sentence s = sentence("Iran/Iran/NNP released/release/VBD two/two/CD prisoners/prisoner/NNS",
                "nsubj 1 0", "root -1 1", "nummod 3 2", "obj 1 3");
        List<CodedEvent> events = CODER.code(s, actors("0=IRN"));
        assertEquals("0841", events.get(0).code());
        assertNull(events.get(0).target());
    }

    @Test
    void actorlessTruceCountsOnlyWhenItHappens() {
        Sentence began = sentence("A/a/DT truce/truce/NN began/begin/VBD", "det 1 0", "nsubj 2 1", "root -1 2");
        assertEquals(Set.of("- - 0871"), triples(CODER.code(began, actors())));
        Sentence priority = sentence("The/the/DT priority/priority/NN is/be/VBZ the/the/DT truce/truce/NN",
                "det 1 0", "nsubj 4 1", "cop 4 2", "det 4 3", "root -1 4");
        assertTrue(CODER.code(priority, actors()).stream().allMatch(CodedEvent::anaphoric),
                "a truce that only is something is not an event");
    }

    @Test
    void adjectivalParticipleIsNoTrigger() {
        Sentence s = sentence("the/the/DT besieged/besiege/VBN city/city/NN", "det 2 0", "amod 2 1", "root -1 2");
        assertTrue(CODER.code(s, actors("2=SYR")).isEmpty());
    }

    @Test
    void aNameTheTaggerTookForAnAdjectiveIsStillTheTarget() {
        Sentence s = sentence("Oman/Oman/NNP discussed/discuss/VBD the/the/DT plan/plan/NN with/with/IN Al-Busaidi/al-busaidi/JJ",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl:with 1 5");
        assertEquals(Set.of("OMN OMNGOV 040"), triples(CODER.code(s, actors("0=OMN", "5=OMNGOV"))));
    }

    @Test
    void anEventBeingStoppedIsNotReportedByTheMention() {
        Sentence s = sentence("Oman/Oman/NNP wants/want/VBZ to/to/TO stop/stop/VB the/the/DT war/war/NN against/against/IN Yemen/Yemen/NNP",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "det 5 4", "obj 3 5", "case 7 6", "nmod:against 5 7");
        assertTrue(CODER.code(s, actors("0=OMN", "7=YEM")).isEmpty());
        Sentence waged = sentence("Oman/Oman/NNP waged/wage/VBD the/the/DT war/war/NN against/against/IN Yemen/Yemen/NNP",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod:against 3 5");
        assertEquals(Set.of("OMN YEM 190"), triples(CODER.code(waged, actors("0=OMN", "5=YEM"))));
    }

    @Test
    void anActorDoesNotActOnItselfButStillActs() {
        Sentence s = sentence("Oman/Oman/NNP warned/warn/VBD that/that/IN Muscat/Muscat/NNP would/would/MD act/act/VB",
                "nsubj 1 0", "root -1 1", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5");
        assertEquals(Set.of("OMN - 130"), triples(CODER.code(s, actors("0=OMN", "3=OMN"))));
    }

    @Test
    void protestersWhoMarchProtestUnlessTheyMarchInSupport() {
        Sentence s = sentence("Students/student/NNS marched/march/VBD", "nsubj 1 0", "root -1 1");
        assertEquals(Set.of("OPP - 141"), triples(CODER.code(s, actors("0=OPP"))));
        Sentence support = sentence("Students/student/NNS marched/march/VBD in/in/IN support/support/NN",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3");
        assertEquals(Set.of("OPP - 053"), triples(CODER.code(support, actors("0=OPP"))));
    }
}
