package org.dateline.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisAssertions;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Entity;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.SharedPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** The gold articles of {@code actors/}: each expected entity is found with its type, name, code and mentions. */
@Tag("slow")
class GoldArticlesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
    private final EntityExtractor extractor = new EntityExtractor();

    @TestFactory
    List<DynamicTest> goldArticles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : read("gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            tests.add(DynamicTest.dynamicTest(f[0] + " " + f[2], () -> check(f[0], f[1], f[2], f[3], List.of(f[4].split("\\|")))));
        }
        return tests;
    }

    private void check(String file, String type, String name, String code, List<String> mentions) throws IOException {
        Analysis analysis = analyze(file);
        AnalysisAssertions.assertSpansPointAtText(analysis);
        Optional<Entity> found = analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst();
        assertTrue(found.isPresent(), file + ": no entity " + name + " in " + analysis.entities());
        Entity e = found.get();
        assertEquals(type, e.type().name(), file + " " + name);
        assertEquals(code, e.actor() == null ? "-" : e.actor().code(), file + " " + name);
        List<String> texts = e.mentions().stream().map(Span::text).toList();
        for (String m : mentions) {
            assertTrue(texts.contains(m), file + " " + name + ": mention " + m + " missing from " + texts);
        }
    }

    private Analysis analyze(String file) throws IOException {
        String text = read(file);
        AnnotatedText nlp = SharedPipeline.get().annotate(text, DAY);
        EntitySet set = extractor.extract(nlp, DAY);
        Article article = new Article(text, null, null, null, DAY.toString(), null, List.of(), List.of(), "en");
        return new Analysis(Analysis.VERSION, new DocumentInfo(file, file, "text/plain", text.length()), article,
                set.toEntities(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = GoldArticlesTest.class.getResourceAsStream("/actors/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource actors/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
