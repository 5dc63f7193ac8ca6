package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum SectionKind {
    CAPTION, DATELINE, TITLE, BYLINE, PARAGRAPH;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SectionKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
