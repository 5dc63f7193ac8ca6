package org.dateline.model;

import java.util.Objects;

/** A coded event: who did what to whom, when and where, with the sentence it rests on. */
public record Event(String id, String cameo, String plover, Integer quadClass, Double goldstein,
                    EventActor source, EventActor target, String date, String place,
                    Modality modality, String claimedBy, Span evidence, Span trigger, double confidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be two to four digits: " + cameo);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
