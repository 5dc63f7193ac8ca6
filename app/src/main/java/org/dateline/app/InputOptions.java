package org.dateline.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that read documents share ({@code analyze}, {@code ingest}): the paths, the type
 * override, the fallback date and the limits. Checked once by {@link #problem()}, before any work.
 */
final class InputOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that have none; completes a dateline without a year.")
    LocalDate date;

    @Option(names = "--type", defaultValue = "auto", paramLabel = "TYPE",
            description = {"auto (detect from content), text, html, pdf, feed (RSS or Atom) or warc.",
                    "Gzip is unwrapped whatever the type. Default: ${DEFAULT-VALUE}."})
    String type;

    @Option(names = "--max-bytes", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Largest document accepted, in bytes, after decompression (a file, a JSON line, a feed,"
                    + " a WARC record). Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--max-decompressed-bytes", defaultValue = "" + InputLimits.DEFAULT_MAX_DECOMPRESSED_BYTES,
            paramLabel = "N", description = "How far one gzip stream (a .gz file, a WARC record, a gzip-encoded page)"
                    + " may expand before it is refused as a gzip bomb. Default: ${DEFAULT-VALUE}.")
    long maxDecompressedBytes;

    @Option(names = "--max-items", defaultValue = "" + InputLimits.DEFAULT_MAX_ITEMS, paramLabel = "N",
            description = "Most items read from one feed; the rest are reported. Default: ${DEFAULT-VALUE}.")
    int maxItems;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders (recursive), feeds, WARC files, .jsonl files, any of them gzipped, or - for stdin.")
    List<String> paths = new ArrayList<>();

    private String forcedType;
    private InputLimits limits;

    /** A usage problem with these options, or null when they are fine. */
    String problem() {
        try {
            forcedType = MediaTypes.forTypeOption(type);
            limits = new InputLimits(maxBytes, maxDecompressedBytes, maxItems);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String missing = InputWalker.firstMissing(paths);
        return missing == null ? null : "no such file or folder: " + missing;
    }

    /** The type forced on each document; feed and warc are container types, applied by the walk instead. */
    String documentType() {
        return MediaTypes.FEED.equals(forcedType) || MediaTypes.WARC.equals(forcedType) ? null : forcedType;
    }

    ReadOptions readOptions() {
        return new ReadOptions(date, maxBytes);
    }

    /** Reads every path into {@code sink}, printing container warnings (skipped records, repaired charsets). */
    void walk(InputStream stdin, DocumentSink sink, PrintWriter err) {
        new InputWalker(limits, forcedType, stdin).walk(paths, new DocumentSink() {
            @Override
            public void accept(SourceDocument document) {
                sink.accept(document);
            }

            @Override
            public void failed(DocumentException problem) {
                sink.failed(problem);
            }

            @Override
            public void warning(String path, String message) {
                err.println("warning: " + path + ": " + message);
                err.flush();
            }
        });
    }

    /** The closing line of a run that had failures: stderr, and the reason for exit code 1. */
    static void reportFailures(PrintWriter err, String command, int failed, int total) {
        err.println("dateline " + command + ": " + failed + " of " + total + " documents failed");
        err.flush();
    }
}
