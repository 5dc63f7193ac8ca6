package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line arguments into documents: files, folders (recursively, in name order, hidden
 * files skipped), {@code -} for standard input. Gzip is unwrapped whatever it holds; containers are
 * opened by what their bytes are ({@link MediaTypes#container}) or by {@code --type}: a feed gives one
 * document per item, a WARC one per HTML response, a {@code .jsonl} file one per line.
 */
public final class InputWalker {
    private static final int SNIFF = 8192;

    private final InputLimits limits;
    private final String forcedType;
    private final InputStream stdin;
    private final ContainerReaders containers;

    /** @param forcedType the media type of {@code --type}, or null to detect every input's type */
    public InputWalker(InputLimits limits, String forcedType, InputStream stdin) {
        this.limits = limits;
        this.forcedType = forcedType;
        this.stdin = stdin;
        this.containers = ContainerReaders.load(limits);
    }

    public InputWalker(long maxBytes, InputStream stdin) {
        this(InputLimits.ofMaxBytes(maxBytes), null, stdin);
    }

    /** The first argument that names no file or folder, or null when all exist. */
    public static String firstMissing(List<String> args) {
        for (String a : args) {
            if (!a.equals("-") && !Files.exists(Path.of(a))) {
                return a;
            }
        }
        return null;
    }

    public void walk(List<String> args, DocumentSink sink) {
        for (String arg : args) {
            if (arg.equals("-")) {
                try {
                    read("-", new BufferedInputStream(stdin, 1 << 16), sink);
                } catch (IOException e) {
                    sink.failed(new DocumentException("-", "cannot read standard input: " + e.getMessage(), e));
                }
            } else {
                walkPath(Path.of(arg), sink);
            }
        }
    }

    private void walkPath(Path path, DocumentSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).filter(p -> !isHidden(path, p)).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.failed(new DocumentException(path.toString(), "cannot list folder: " + e.getMessage(), e));
                return;
            }
            files.forEach(f -> readFile(f, sink));
        } else {
            readFile(path, sink);
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, DocumentSink sink) {
        String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(name, in, sink);
        } catch (IOException e) {
            sink.failed(new DocumentException(name, "cannot read file: " + e.getMessage(), e));
        }
    }

    /** One input, whatever it is; {@code in} supports mark/reset. */
    private void read(String name, InputStream in, DocumentSink sink) throws IOException {
        byte[] head = peek(in);
        boolean gzip = Gzip.isGzip(head);
        String bare = gzip && name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (bare.endsWith(".jsonl") && forcedType == null) {
            new JsonLinesReader(limits.maxBytes()).read(name, gzip ? new GZIPInputStream(in, 1 << 16) : in, sink);
            return;
        }
        String container = forcedType != null ? containerOrNull(forcedType)
                : MediaTypes.container(gzip ? Gzip.inflatedHead(head, SNIFF) : head);
        if (MediaTypes.WARC.equals(container)) {
            containers.warc(name, in, sink); // WARC readers unwrap gzip themselves, record by record
            return;
        }
        byte[] bytes;
        try {
            bytes = gzip ? Gzip.inflate(name, in, limits) : readWhole(name, in);
        } catch (DocumentException e) {
            sink.failed(e);
            return;
        }
        if (MediaTypes.FEED.equals(container)) {
            containers.feed(name, bytes, sink);
        } else {
            sink.accept(new SourceDocument(name, bytes, DocumentMetadata.NONE));
        }
    }

    private static String containerOrNull(String type) {
        return MediaTypes.FEED.equals(type) || MediaTypes.WARC.equals(type) ? type : null;
    }

    private byte[] readWhole(String name, InputStream in) throws IOException, DocumentException {
        byte[] bytes = BoundedRead.readAtMost(in, limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            String what = name.equals("-") ? "standard input" : "file";
            throw new DocumentException(name, what + " is over the limit of " + limits.maxBytes() + " bytes (--max-bytes)");
        }
        return bytes;
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return head;
    }
}
