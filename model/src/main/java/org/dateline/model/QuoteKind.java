package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum QuoteKind {
    DIRECT, INDIRECT, MIXED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuoteKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
