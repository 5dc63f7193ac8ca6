package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory, but never more than a given number of bytes. */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** Up to {@code max} bytes; a result of exactly {@code max} bytes may mean the stream holds more. */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, InputLimits.ARRAY_LIMIT));
    }
}
