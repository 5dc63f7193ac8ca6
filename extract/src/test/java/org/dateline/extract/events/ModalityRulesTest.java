package org.dateline.extract.events;

import static org.dateline.extract.events.ParseFixture.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Modality;
import org.junit.jupiter.api.Test;

class ModalityRulesTest {
    private static ModalityRules.Result of(String tokens, int trigger, String... edges) {
        return ModalityRules.of(new ParseView(sentence(tokens, edges)), trigger, trigger);
    }

    @Test
    void plainClauseIsAsserted() {
        assertEquals(Modality.ASSERTED, of("Iran/Iran/NNP attacked/attack/VBD", 1, "nsubj 1 0", "root -1 1").modality());
    }

    @Test
    void notNegates() {
        assertEquals(Modality.NEGATED, of("Syria/Syria/NNP did/do/VBD not/not/RB attack/attack/VB", 3,
                "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3").modality());
    }

    @Test
    void ifClauseIsHypothetical() {
        assertEquals(Modality.HYPOTHETICAL, of("if/if/IN Israel/Israel/NNP attacks/attack/VBZ ,/,/, war/war/NN follows/follow/VBZ", 2,
                "mark 2 0", "nsubj 2 1", "advcl:if 5 2", "punct 5 3", "nsubj 5 4", "root -1 5").modality());
    }

    @Test
    void aVerbAskedForIsHypotheticalButOneTriedIsNot() {
        assertEquals(Modality.HYPOTHETICAL, of("UN/UN/NNP urged/urge/VBD Kenya/Kenya/NNP to/to/TO investigate/investigate/VB", 4,
                "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4").modality());
        assertEquals(Modality.ASSERTED, of("UN/UN/NNP helped/help/VBD Kenya/Kenya/NNP to/to/TO investigate/investigate/VB", 4,
                "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4").modality());
    }

    @Test
    void aThatClauseAfterTheVerbIsWhatIsSaidNotWhoSaysIt() {
        ModalityRules.Result r = of("Peskov/Peskov/NNP warned/warn/VBD that/that/IN Russia/Russia/NNP would/would/MD respond/respond/VB", 1,
                "nsubj 1 0", "root -1 1", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5");
        assertEquals(Modality.ASSERTED, r.modality());
        assertEquals(-1, r.speaker());
    }

    @Test
    void willIsFuture() {
        assertEquals(Modality.FUTURE, of("Egypt/Egypt/NNP will/will/MD host/host/VB", 2, "nsubj 2 0", "aux 2 1", "root -1 2").modality());
    }

    @Test
    void threatenedToIsFuture() {
        assertEquals(Modality.FUTURE, of("Iran/Iran/NNP threatened/threaten/VBD to/to/TO strike/strike/VB", 3,
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3").modality());
    }

    @Test
    void complementOfSayIsClaimedByItsSubject() {
        ModalityRules.Result r = of("Moscow/Moscow/NNP said/say/VBD Kyiv/Kyiv/NNP attacked/attack/VBD", 3,
                "nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3");
        assertEquals(Modality.CLAIMED, r.modality());
        assertEquals(0, r.speaker());
    }

    @Test
    void speechVerbBesideTheClauseClaimsItButTheAgencyDoesNot() {
        ModalityRules.Result claimed = of("Mali/Mali/NNP attacked/attack/VBD ,/,/, Chad/Chad/NNP said/say/VBD", 1,
                "nsubj 1 0", "root -1 1", "punct 4 2", "nsubj 4 3", "parataxis 1 4");
        assertEquals(Modality.CLAIMED, claimed.modality());
        assertEquals(3, claimed.speaker());
        ModalityRules.Result reported = of("Mali/Mali/NNP attacked/attack/VBD ,/,/, the/the/DT agency/agency/NN reported/report/VBD", 1,
                "nsubj 1 0", "root -1 1", "punct 5 2", "det 4 3", "nsubj 5 4", "parataxis 1 5");
        assertEquals(Modality.ASSERTED, reported.modality());
    }

    @Test
    void willInsideReportedSpeechStaysFutureWithItsSpeaker() {
        ModalityRules.Result r = of("Oman/Oman/NNP said/say/VBD it/it/PRP would/would/MD mediate/mediate/VB", 4,
                "nsubj 1 0", "root -1 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4");
        assertEquals(Modality.FUTURE, r.modality());
        assertEquals(0, r.speaker());
    }

    private static ModalityRules.Result ofNoun(String tokens, int trigger, int clause, String... edges) {
        return ModalityRules.of(new ParseView(sentence(tokens, edges)), trigger, clause);
    }

    @Test
    void whatTheSpeakerDeniesIsNegatedAndClaimedByThem() {
        ModalityRules.Result r = of("Baku/Baku/NNP denied/deny/VBD troops/troop/NNS attacked/attack/VBD", 3,
                "nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3");
        assertEquals(Modality.NEGATED, r.modality());
        assertEquals(0, r.speaker());
    }

    @Test
    void aTruceCalledForHasNotHappened() {
        assertEquals(Modality.HYPOTHETICAL, ofNoun("Egypt/Egypt/NNP called/call/VBD for/for/IN a/a/DT truce/truce/NN", 4, 1,
                "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4").modality());
        assertEquals(Modality.ASSERTED, ofNoun("Egypt/Egypt/NNP called/call/VBD off/off/RP the/the/DT talks/talk/NNS", 4, 1,
                "nsubj 1 0", "root -1 1", "compound:prt 1 2", "det 4 3", "obj 1 4").modality());
    }

    @Test
    void talksAgreedToAreFutureButClashesBeforeTheAgreementAreNot() {
        String tokens = "Chad/Chad/NNP agreed/agree/VBD to/to/TO talks/talk/NNS after/after/IN clashes/clash/NNS";
        String[] edges = {"nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5"};
        assertEquals(Modality.FUTURE, ofNoun(tokens, 3, 1, edges).modality());
        assertEquals(Modality.ASSERTED, ofNoun(tokens, 5, 1, edges).modality());
    }

    @Test
    void anInfinitiveSetAsAGoalIsFutureWithItsConjuncts() {
        String tokens = "our/we/PRP$ aim/aim/NN is/be/VBZ to/to/TO extend/extend/VB the/the/DT truce/truce/NN and/and/CC attack/attack/VB";
        String[] edges = {"nmod:poss 1 0", "nsubj 4 1", "aux 4 2", "mark 4 3", "root -1 4", "det 6 5", "obj 4 6",
                "cc 8 7", "conj 4 8"};
        assertEquals(Modality.FUTURE, of(tokens, 4, edges).modality());
        assertEquals(Modality.FUTURE, of(tokens, 8, edges).modality());
    }
}
