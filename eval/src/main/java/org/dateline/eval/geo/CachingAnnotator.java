package org.dateline.eval.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;

/**
 * Keeps each annotation as JSON in a folder, keyed by the sha256 of text and date, so that repeated
 * evaluation runs (tuning the geoparser) annotate each article only once. For evaluation only: the
 * cache is never invalidated when the annotator changes; delete the folder then.
 */
final class CachingAnnotator implements Annotator {
    private final Annotator delegate;
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    CachingAnnotator(Annotator delegate, Path dir) throws IOException {
        this.delegate = delegate;
        this.dir = Files.createDirectories(dir);
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Path file = dir.resolve(key(text, documentDate) + ".json");
        try {
            if (Files.exists(file)) {
                return json.readValue(file.toFile(), AnnotatedText.class);
            }
            AnnotatedText annotated = delegate.annotate(text, documentDate);
            json.writeValue(file.toFile(), annotated);
            return annotated;
        } catch (IOException e) {
            throw new UncheckedIOException("annotation cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(String text, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
