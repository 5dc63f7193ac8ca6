package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Modality {
    ASSERTED, CLAIMED, NEGATED, HYPOTHETICAL, FUTURE, QUESTION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Modality fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
