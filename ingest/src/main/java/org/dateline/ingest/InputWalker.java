package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into documents: files, folders (recursively, in name order, hidden
 * files skipped), {@code -} for standard input, and {@code .jsonl} files one document per line.
 */
public final class InputWalker {
    private final long maxBytes;
    private final InputStream stdin;

    public InputWalker(long maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
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
                readStdin(sink);
            } else {
                walkPath(Path.of(arg), sink);
            }
        }
    }

    private void readStdin(DocumentSink sink) {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                sink.failed(new DocumentException("-", "standard input is over the limit of " + maxBytes + " bytes"));
                return;
            }
            sink.accept(new SourceDocument("-", bytes, DocumentMetadata.NONE));
        } catch (IOException e) {
            sink.failed(new DocumentException("-", "cannot read standard input: " + e.getMessage(), e));
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
        try {
            if (name.endsWith(".jsonl")) {
                new JsonLinesReader(maxBytes).read(file, sink);
                return;
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                sink.failed(new DocumentException(name, "file is " + size + " bytes, over the limit of " + maxBytes + " (--max-bytes)"));
                return;
            }
            sink.accept(new SourceDocument(name, Files.readAllBytes(file), DocumentMetadata.NONE));
        } catch (IOException e) {
            sink.failed(new DocumentException(name, "cannot read file: " + e.getMessage(), e));
        }
    }
}
