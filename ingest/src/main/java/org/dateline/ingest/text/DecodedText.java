package org.dateline.ingest.text;

import java.util.List;
import java.util.Objects;

/** Text decoded from bytes, the charset that was used, and what was odd about the bytes. */
public record DecodedText(String text, String charset, List<String> warnings) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }
}
