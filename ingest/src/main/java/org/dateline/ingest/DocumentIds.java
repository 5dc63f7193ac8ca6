package org.dateline.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Document ids: the one given by the container, else the sha256 of the raw bytes (hex), as the contract says. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String idFor(SourceDocument source) {
        return source.metadata().id() != null ? source.metadata().id() : sha256Hex(source.bytes());
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
