package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.dateline.model.Analysis;

/** What makes a document the same document: the sha256 of its raw bytes; and where it was fetched from, if known. */
public record DocumentKey(String sha256, String url) {
    public DocumentKey {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex sha256: " + sha256);
        }
    }

    public static DocumentKey ofBytes(byte[] bytes, String url) {
        return new DocumentKey(sha256(bytes), url);
    }

    /**
     * For a record without its raw bytes: its document id when that is already a sha256 (the
     * analyzer's default), else the sha256 of the article text, so the same record still stores once.
     */
    public static DocumentKey of(Analysis a) {
        String id = a.document().id();
        String sha = id.matches("[0-9a-f]{64}") ? id : sha256(a.article().text().getBytes(StandardCharsets.UTF_8));
        String path = a.document().path();
        return new DocumentKey(sha, path.startsWith("http://") || path.startsWith("https://") ? path : null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
