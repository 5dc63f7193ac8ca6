package org.dateline.extract.events;

import org.dateline.extract.events.ActorCodeLookup.ActorRef;

/**
 * One event as the coder found it in one sentence, before modality, date and place: the dictionary code
 * (as written there; may be outside CAMEO for a test dictionary), the actors (either may be null), the
 * trigger token and the entry and pattern that coded it. {@code clause} is the token heading the trigger's
 * clause (the trigger itself for a verb; the governing verb for a nominal). {@code anaphoric}: a definite
 * nominal without actors ({@code the meeting on Thursday}) that refers back to an event already reported;
 * it is not an event of its own but may lend its date to that one.
 */
public record CodedEvent(int sentence, int trigger, int clause, String code, ActorRef source, ActorRef target,
                         TriggerEntry entry, TriggerPattern pattern, boolean anaphoric) {
    public boolean hasActor() {
        return source != null || target != null;
    }
}
