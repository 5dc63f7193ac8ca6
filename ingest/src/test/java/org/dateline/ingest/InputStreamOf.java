package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Standard input for walks that do not read it. */
final class InputStreamOf {
    private InputStreamOf() {
    }

    static InputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
