package org.dateline.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes WARC records for tests: plain, or each record its own gzip member as crawlers write them. */
final class WarcBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int id;

    WarcBuilder(boolean gzip) {
        this.gzip = gzip;
    }

    static byte[] httpResponse(int status, String contentType, String extraHeaders, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    static byte[] htmlPage(String paragraph) {
        return ("<html><head><title>Test page</title></head><body><article><p>" + paragraph
                + "</p><p>A second paragraph so that the page has some body to it, as pages do.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    WarcBuilder response(String uri, byte[] httpBlock) throws IOException {
        return record("response", uri, "application/http; msgtype=response", httpBlock);
    }

    WarcBuilder record(String type, String uri, String contentType, byte[] block) throws IOException {
        byte[] bytes = concat(header(type, uri, contentType, block.length), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (gzip) {
            GZIPOutputStream gz = new GZIPOutputStream(out);
            gz.write(bytes);
            gz.finish();
        } else {
            out.write(bytes);
        }
        return this;
    }

    byte[] header(String type, String uri, String contentType, long length) {
        id++;
        return ("WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
                + String.format("%012d", id) + ">\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "Content-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes so far, then more written straight to {@code sink} by the caller. */
    void writeTo(OutputStream sink) throws IOException {
        out.writeTo(sink);
        out.reset();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }
}
