package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

class ClaimsFromQuotesTest {
    private static final String TEXT = "Gondor shelled the harbour, the envoy said. Rohan closed the pass, a station reported."
            + " Rohan denied that it shelled the port.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return Span.of(TEXT, at, at + words.length());
    }

    private static Event event(String trigger, Modality modality, String claimedBy) {
        return new Event("V1", "190", "ASSAULT", 4, -10.0, new EventActor(null, "GON"), null, "2024-01-01", null,
                modality, claimedBy, span(trigger), span(trigger), 0.6);
    }

    private static Quote quote(String content, String speaker) {
        return new Quote("Q1", QuoteKind.INDIRECT, span(content), span("said"), new Speaker(speaker, span("the envoy")),
                List.of());
    }

    @Test
    void anAssertedEventInsideAStatementBecomesTheSpeakersClaim() {
        Event e = ClaimsFromQuotes.apply(List.of(event("shelled", Modality.ASSERTED, null)),
                List.of(quote("Gondor shelled the harbour", "E2")), Set.of()).get(0);
        assertEquals(Modality.CLAIMED, e.modality());
        assertEquals("E2", e.claimedBy());
    }

    @Test
    void aNegatedEventKeepsItsModalityAndGainsTheSpeaker() {
        Event e = ClaimsFromQuotes.apply(List.of(event("shelled", Modality.NEGATED, null)),
                List.of(quote("Gondor shelled the harbour", "E2")), Set.of()).get(0);
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals("E2", e.claimedBy());
    }

    @Test
    void whatASpeakerDeniesIsNegatedAndTheirs() {
        Quote denial = new Quote("Q2", QuoteKind.INDIRECT, span("it shelled the port"), span("denied"),
                new Speaker("E3", span("Rohan denied")), List.of());
        Event e = ClaimsFromQuotes.apply(List.of(event("shelled the port", Modality.ASSERTED, null)), List.of(denial), Set.of()).get(0);
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals("E3", e.claimedBy());
    }

    @Test
    void anEventOutsideEveryStatementStaysAsserted() {
        Event e = ClaimsFromQuotes.apply(List.of(event("shelled", Modality.ASSERTED, null)),
                List.of(quote("Rohan closed the pass", "E2")), Set.of()).get(0);
        assertEquals(Modality.ASSERTED, e.modality());
        assertNull(e.claimedBy());
    }

    @Test
    void anOutletReportingIsNotAClaimant() {
        Event e = ClaimsFromQuotes.apply(List.of(event("closed", Modality.ASSERTED, null)),
                List.of(quote("Rohan closed the pass", "E5")), Set.of("E5")).get(0);
        assertEquals(Modality.ASSERTED, e.modality());
        assertNull(e.claimedBy());
    }

    @Test
    void anEventAlreadyClaimedKeepsItsOwnSpeaker() {
        Event e = ClaimsFromQuotes.apply(List.of(event("shelled", Modality.CLAIMED, "E7")),
                List.of(quote("Gondor shelled the harbour", "E2")), Set.of()).get(0);
        assertEquals("E7", e.claimedBy());
    }
}
