package org.dateline.eval.quotes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;

/**
 * Keeps the NLP stage's output of each text on disk (one JSON file per text and date, named by their
 * hash) so that re-scoring after a change in extraction takes seconds instead of a CoreNLP run. The
 * real annotator is created only when a text is missing from the cache.
 */
public final class CachingAnnotator implements Annotator {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private final Path dir;
    private final Supplier<Annotator> loader;
    private Annotator loaded;

    public CachingAnnotator(Path dir, Supplier<Annotator> loader) {
        this.dir = dir;
        this.loader = loader;
    }

    @Override
    public synchronized AnnotatedText annotate(String text, LocalDate documentDate) {
        Path file = dir.resolve(key(text, documentDate) + ".json");
        try {
            if (Files.exists(file)) {
                return JSON.readValue(file.toFile(), AnnotatedText.class);
            }
            if (loaded == null) {
                loaded = loader.get();
            }
            AnnotatedText result = loaded.annotate(text, documentDate);
            Files.createDirectories(dir);
            JSON.writeValue(file.toFile(), result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("NLP cache " + file + " unusable", e);
        }
    }

    private static String key(String text, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.close();
        }
    }
}
