package org.dateline.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PetrarchActorDictionaryTest {
    private static PetrarchActorDictionary dict;

    @BeforeAll
    static void load() throws URISyntaxException {
        dict = PetrarchActorDictionary.load(Path.of(PetrarchActorDictionaryTest.class.getResource("/actors/petrarch").toURI()));
    }

    @Test
    void namesAndSynonymsShareTheBlockCode() {
        assertEquals(Optional.of("ISL"), dict.actorCode("Norland", null));
        assertEquals(Optional.of("ISL"), dict.actorCode("Port Aster", null));
        assertEquals(Optional.of("ISLREB"), dict.actorCode("Harbour Front", null));
        assertEquals(Optional.of("ISLREB"), dict.actorCode("the HF", null));
    }

    @Test
    void anUnderscoreEndsAWordWhileAStemMatchesLongerWords() {
        assertEquals(Optional.of("ARG"), dict.actorCode("Argentina", null));
        assertEquals(Optional.of("ISLREB"), dict.actorCode("Harbor Fronts", null));
        assertEquals(Optional.empty(), dict.actorCode("Norlands", null));
    }

    @Test
    void dateRestrictedCodesFollowTheArticleDate() {
        assertEquals(Optional.of("ISLOPP"), dict.actorCode("Greta Voss", LocalDate.of(2005, 6, 1)));
        assertEquals(Optional.of("ISLGOV"), dict.actorCode("Greta Voss", LocalDate.of(2012, 6, 1)));
        assertEquals(Optional.of("ISLELI"), dict.actorCode("Greta Voss", LocalDate.of(2020, 6, 1)));
        assertEquals(Optional.of("ISLELI"), dict.actorCode("Greta Voss", null));
    }

    @Test
    void commentsAreSkippedAndBadCodesReported() {
        assertTrue(dict.actorEntries().stream().noneMatch(e -> e.phrase().contains("comment")));
        assertEquals(1, dict.problems().size(), dict.problems().toString());
        assertTrue(dict.problems().get(0).contains("Fixture.actors.txt:"), dict.problems().get(0));
        assertEquals(Optional.empty(), dict.actorCode("Broken Entry", null));
    }

    @Test
    void agentsGiveRolesWithMacrosPluralsAndStems() {
        assertEquals(List.of("GOV", "MIL"), dict.agentRoles("Defense Ministry"));
        assertEquals(List.of("GOV", "MIL"), dict.agentRoles("the defense minister"));
        assertEquals(List.of("GOV"), dict.agentRoles("spokeswoman"));
        assertEquals(List.of("REB"), dict.agentRoles("militias"));
        assertEquals(List.of("COP"), dict.agentRoles("riot police"));
        assertEquals(List.of(), dict.agentRoles("baker"));
    }

    @Test
    void discardsMatchInsideNames() {
        assertTrue(dict.isDiscarded("Norland Football Club"));
        assertTrue(dict.isDiscarded("the Golf Cup final"));
        assertFalse(dict.isDiscarded("Norland"));
    }

    @Test
    void aSlashNamesSeveralActorsAtOnce() {
        assertEquals(Optional.of("ISL/ARG"), dict.actorCode("the Twin Isles", null));
        assertEquals(List.of("ISL", "ARG"), DatedCode.codes("ISL/ARG"));
    }

    @Test
    void theBeforeANameDoesNotLetAStemBeatTheExactName() {
        assertEquals(Optional.of("ISL"), dict.actorCode("the Norland", null));
        assertEquals(Optional.of("ISLEDU"), dict.actorCode("the Nomads", null));
    }

    @Test
    void aTildeAfterTheRoleSaysItGoesBeforeTheActor() {
        assertEquals(List.of("NGO"), dict.agentRoles("relief group"));
        assertTrue(dict.agentPrecedes("relief group"));
        assertFalse(dict.agentPrecedes("defense minister"));
    }

    @Test
    void aWholeAgentPhraseBeatsTheAgentAtItsEnd() {
        assertEquals(List.of("OPP"), dict.agentRolesOfWhole("human rights activists"));
        assertEquals(List.of("HRI"), dict.agentRolesOfWhole("rights activist"));
        assertEquals(List.of(), dict.agentRolesOfWhole("young rights activist"));
        assertEquals(List.of("HRI"), dict.agentRoles("young rights activist"));
    }
}
