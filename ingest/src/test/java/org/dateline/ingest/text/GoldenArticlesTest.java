package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole documents: each fixture {@code articles/NAME.txt} is read and compared with
 * {@code articles/NAME.expected.json} (normalized text, sections with their text, dateline, captions).
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after reviewing a change.
 */
class GoldenArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final PlainTextReader READER = new PlainTextReader();

    @ParameterizedTest
    @ValueSource(strings = {"wire_clean", "ap_wrapped", "pdf_extract", "web_copy", "press_release", "rollover",
            "no_year"})
    void readsLikeTheGoldenFile(String name) throws IOException, DocumentException {
        byte[] bytes = resource("articles/" + name + ".txt");
        ReadDocument doc = READER.read(new SourceDocument(name + ".txt", bytes, null), ReadOptions.DEFAULTS);
        ArticleChecks.assertWellFormed(doc);
        String actual = JSON.writeValueAsString(summary(doc));
        if (Boolean.getBoolean("golden.update")) {
            Path out = Path.of("src/test/resources/articles", name + ".expected.json");
            Files.writeString(out, actual + "\n");
            return;
        }
        String expected = new String(resource("articles/" + name + ".expected.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(JSON.readTree(expected), JSON.readTree(actual), () -> "golden file of " + name + " differs:\n" + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wire_clean", "web_copy", "no_year"})
    void cleanFixturesPassThroughUnchanged(String name) throws IOException, DocumentException {
        byte[] bytes = resource("articles/" + name + ".txt");
        ReadDocument doc = READER.read(new SourceDocument(name, bytes, null), ReadOptions.DEFAULTS);
        assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), doc.article().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ap_wrapped", "pdf_extract", "press_release", "rollover"})
    void verbatimModeKeepsTheRawTextAndFindsTheSameStructure(String name) throws IOException, DocumentException {
        byte[] bytes = resource("articles/" + name + ".txt");
        String raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        PlainTextReader verbatim = new PlainTextReader(null, TextStructurer.Mode.VERBATIM);
        Article kept = verbatim.read(new SourceDocument(name, bytes, null), ReadOptions.DEFAULTS).article();
        Article normalized = READER.read(new SourceDocument(name, bytes, null), ReadOptions.DEFAULTS).article();
        ArticleChecks.assertWellFormed(kept);
        assertEquals(raw, kept.text());
        assertEquals(normalized.sections().stream().map(Section::kind).toList(),
                kept.sections().stream().map(Section::kind).toList());
        assertEquals(normalized.captions().size(), kept.captions().size());
        assertEquals(normalized.dateline() == null, kept.dateline() == null);
        if (kept.dateline() != null) {
            assertEquals(normalized.dateline().place(), kept.dateline().place());
            assertEquals(normalized.dateline().date(), kept.dateline().date());
            assertTrue(raw.startsWith(kept.dateline().span().text(), kept.dateline().span().begin()));
        }
    }

    private static Map<String, Object> summary(ReadDocument doc) {
        Article a = doc.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("title", a.title());
        m.put("byline", a.byline());
        m.put("published", a.published());
        m.put("language", a.language());
        if (a.dateline() == null) {
            m.put("dateline", null);
        } else {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("text", a.dateline().span().text());
            d.put("place", a.dateline().place());
            d.put("date", a.dateline().date());
            d.put("agency", a.dateline().agency());
            m.put("dateline", d);
        }
        List<Map<String, Object>> captions = new ArrayList<>();
        a.captions().forEach(c -> captions.add(Map.of("text", c.span().text(), "credit", c.credit())));
        m.put("captions", captions);
        List<List<String>> sections = new ArrayList<>();
        a.sections().forEach(s -> sections.add(List.of(s.kind().wireName(), a.text().substring(s.begin(), s.end()))));
        m.put("sections", sections);
        m.put("warnings", doc.warnings());
        return m;
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = GoldenArticlesTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("test resource " + path + " missing");
            }
            return in.readAllBytes();
        }
    }
}
