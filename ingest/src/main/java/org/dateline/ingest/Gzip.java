package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzip as a transport wrapper: recognized by its magic bytes, inflated only as far as the limits allow. */
public final class Gzip {
    private Gzip() {
    }

    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** What the first compressed bytes inflate to, as far as they go: enough to sniff the inner format. */
    static byte[] inflatedHead(byte[] compressedHead, int max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressedHead))) {
            int n;
            while (out.size() < max && (n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // the head is cut off mid-stream by design, or broken; sniffing uses what inflated before that
        }
        return out.toByteArray();
    }

    /**
     * Inflates a whole gzip stream into memory, refusing a document over {@code --max-bytes} and a
     * stream that expands past {@code --max-decompressed-bytes} (a gzip bomb) before it is all read.
     */
    static byte[] inflate(String path, InputStream compressed, InputLimits limits) throws DocumentException {
        long cap = Math.min(limits.maxBytes(), limits.maxDecompressedBytes());
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(compressed, 1 << 16)) {
            bytes = BoundedRead.readAtMost(in, cap + 1);
        } catch (java.io.EOFException e) {
            throw new DocumentException(path, "gzip data is truncated (unexpected end of the compressed stream)", e);
        } catch (IOException e) {
            throw new DocumentException(path, "gzip data is corrupt: " + e.getMessage(), e);
        }
        if (bytes.length > cap) {
            throw tooLarge(path, limits);
        }
        return bytes;
    }

    /** The message for an inflated stream past a limit: which limit, and what it probably is. */
    public static DocumentException tooLarge(String path, InputLimits limits) {
        if (limits.maxDecompressedBytes() <= limits.maxBytes()) {
            return new DocumentException(path, "compressed data expands past the limit of "
                    + limits.maxDecompressedBytes() + " bytes (--max-decompressed-bytes); a gzip bomb? not read");
        }
        return new DocumentException(path, "compressed data expands past " + limits.maxBytes()
                + " bytes, the largest document accepted (--max-bytes): a gzip bomb or an oversized document; not read");
    }
}
