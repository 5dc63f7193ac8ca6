package org.dateline.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dateline.ingest.BoundedRead;
import org.dateline.ingest.ContainerReader;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.SourceDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, plain or per-record gzip, read with jwarc as a stream): every HTTP 200 response
 * whose payload is HTML becomes a document named {@code FILE#N} (N counts records from 1) with the
 * target URI as its URL and the WARC-Date as the date it stands in for when the page gives none. Other
 * records are skipped and counted in one warning. A record too large, or one whose compressed body
 * expands too far, is a failure naming the file, the record and its offset; the next record goes on. A
 * truncated or corrupt archive keeps the records before the damage.
 */
public final class WebArchiveReader implements ContainerReader {
    @Override
    public String mediaType() {
        return MediaTypes.WARC;
    }

    @Override
    public void read(String name, InputStream in, InputLimits limits, DocumentSink sink) {
        SkippedRecords skipped = new SkippedRecords();
        int number = 0;
        try (WarcReader warc = new WarcReader(in)) {
            while (true) {
                long offset = warc.position();
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    sink.failed(new DocumentException(name, "record " + (number + 1) + " at byte " + offset
                            + " is truncated or corrupt (" + describe(e) + "); " + readBefore(number), e));
                    break;
                }
                if (next.isEmpty()) {
                    if (number == 0) {
                        sink.failed(new DocumentException(name, "no WARC records in the file"));
                    }
                    break;
                }
                number++;
                String where = name + "#" + number;
                WarcRecord record = next.get();
                try {
                    record(where, record, limits, skipped, sink);
                } catch (DocumentException e) {
                    sink.failed(e); // too large or unreadable payload: refused, but the archive itself goes on
                } catch (RuntimeException e) {
                    sink.failed(new DocumentException(where, "WARC record at byte " + record.position()
                            + " cannot be read (" + describe(e) + ")", e));
                }
                try {
                    record.body().consume(); // here, so that a short body is blamed on its own record
                } catch (IOException | RuntimeException e) {
                    sink.failed(new DocumentException(where, "WARC record at byte " + record.position()
                            + " is truncated or corrupt (" + describe(e) + "); " + readBefore(number - 1), e));
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.failed(new DocumentException(name, "not a readable WARC file: " + describe(e), e));
        }
        if (!skipped.isEmpty()) {
            sink.warning(name, skipped.summary(number));
        }
    }

    private static void record(String where, WarcRecord record, InputLimits limits, SkippedRecords skipped,
                               DocumentSink sink) throws DocumentException {
        if (!(record instanceof WarcResponse response)) {
            skipped.add(record.type() + " records");
            return;
        }
        String uri = response.target();
        long declared = record.headers().sole("Content-Length").map(Long::parseLong).orElse(-1L);
        long cap = Math.min(limits.maxBytes(), limits.maxDecompressedBytes());
        if (declared > cap) {
            throw tooLarge(where, uri, limits, "declares a block of " + declared + " bytes");
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            skipped.add("non-HTTP responses");
            return;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(where, "WARC record for " + uri + " at byte " + record.position()
                    + " holds no readable HTTP response (" + describe(e) + ")", e);
        }
        if (http.status() != 200) {
            skipped.add("HTTP " + http.status() + " responses");
            return;
        }
        MediaType type = http.contentType().base();
        if (!type.equals(MediaType.HTML) && !type.equals(MediaType.XHTML)) {
            skipped.add(type + " responses");
            return;
        }
        byte[] body;
        try (InputStream payload = http.bodyDecoded().stream()) {
            body = BoundedRead.readAtMost(payload, cap + 1);
        } catch (IOException e) {
            throw new DocumentException(where, "WARC record for " + uri + " at byte " + record.position()
                    + ": its HTTP body cannot be read (" + describe(e) + ")", e);
        }
        if (body.length > cap) {
            throw tooLarge(where, uri, limits, "its payload decodes to more than " + cap + " bytes");
        }
        String date = response.date() == null ? null : response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        DocumentMetadata meta = new DocumentMetadata(null, uri, null, null, date, MediaTypes.HTML);
        sink.accept(new SourceDocument(where, body, meta));
    }

    private static String readBefore(int records) {
        return (records == 1 ? "the record before it was" : "the " + records + " records before it were")
                + " read, the rest of the file is not";
    }

    private static DocumentException tooLarge(String where, String uri, InputLimits limits, String what) {
        boolean decompression = limits.maxDecompressedBytes() <= limits.maxBytes();
        long limit = decompression ? limits.maxDecompressedBytes() : limits.maxBytes();
        return new DocumentException(where, "WARC record for " + uri + " " + what + ", over the limit of " + limit
                + " bytes (" + (decompression ? "--max-decompressed-bytes" : "--max-bytes")
                + "): a gzip bomb or an oversized page; not read");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
