package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * Keeps each annotation as JSON in a folder, keyed by the text and the date, so that iterating on
 * the resolver re-scores in seconds instead of re-running CoreNLP. The real annotator is created
 * only when some text is not cached yet. For development runs; the stored JSON is not a contract.
 */
public final class CachingAnnotator implements Annotator {
    private final Path dir;
    private final Supplier<Annotator> factory;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final String configuration = CoreNlpAnnotator.configuration();
    private Annotator delegate;

    public CachingAnnotator(Path dir, Supplier<Annotator> factory) {
        this.dir = dir;
        this.factory = factory;
    }

    @Override
    public synchronized AnnotatedText annotate(String text, LocalDate documentDate) {
        Path file = dir.resolve(key(text, documentDate) + ".json");
        try {
            if (Files.exists(file)) {
                return json.readValue(file.toFile(), AnnotatedText.class);
            }
            if (delegate == null) {
                delegate = factory.get();
            }
            AnnotatedText annotated = delegate.annotate(text, documentDate);
            Files.createDirectories(dir);
            // written aside then moved, so that a process sharing the folder never reads half a file
            Path partial = Files.createTempFile(dir, "partial-", ".tmp");
            json.writeValue(partial.toFile(), annotated);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return annotated;
        } catch (IOException e) {
            throw new UncheckedIOException("annotation cache " + file + ": " + e.getMessage(), e);
        }
    }

    private String key(String text, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // the pipeline's configuration is part of the key: a changed pipeline never reads stale annotations
            sha.update((configuration + "\n" + date + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public synchronized void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
