package org.dateline.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvalTest {
    @TempDir
    Path dir;

    /** A system that predicts a fixed list, to test the folder walk and the totals without NLP. */
    private static final class Fixed implements QuotePredictor {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public List<PredictedAttribution> predict(String name, String text) {
            int said = text.indexOf(" said");
            return List.of(new PredictedAttribution(List.of(new TextRange(said + 6, text.length())),
                    List.of(new TextRange(0, said))));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void scoresEachTextAgainstItsFirstAnnotationFile() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "Ann said the bridge reopens on Monday.";
        Files.writeString(dir.resolve("text/doc-one.txt"), text);
        // the first file by name is right; the second annotator's file would make the source miss
        Files.writeString(dir.resolve("attributions/doc-one_a111.ann"),
                "T1\tSource 0 3\tAnn\nT2\tContent 9 37\tthe bridge reopens on Monday\nE1\tContent:T2 Source:T1\n");
        Files.writeString(dir.resolve("attributions/doc-one_b222.ann"),
                "T1\tSource 30 37\tMonday\nT2\tContent 9 37\tthe bridge reopens on Monday\nE1\tContent:T2 Source:T1\n");
        QuoteEvalResult r = new QuoteEval(null).run(dir, new Fixed());
        assertEquals(1, r.texts());
        assertEquals(1.0, r.attribution().f1(), 1e-9);
        assertEquals(List.of(), r.failures());
    }

    @Test
    void aLimitScoresOnlyTheFirstTextsByName() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        for (String name : List.of("b-doc", "a-doc", "c-doc")) {
            Files.writeString(dir.resolve("text/" + name + ".txt"), "Ann said the bridge reopens on Monday.");
            Files.writeString(dir.resolve("attributions/" + name + "_a111.ann"),
                    "T1\tSource 0 3\tAnn\nT2\tContent 9 37\tthe bridge reopens on Monday\nE1\tContent:T2 Source:T1\n");
        }
        QuoteEvalResult r = new QuoteEval(null).run(dir, new Fixed(), 2);
        assertEquals(2, r.texts());
        assertEquals(List.of("a-doc", "b-doc"), r.perText().stream().map(QuoteEvalResult.TextResult::name).toList());
    }

    @Test
    void anArticleOfOneParagraphPerLineKeepsTheTextVerbatim() {
        String text = "Title line\n\nFirst para\nSecond para.\n\n\n  Third para.  \n";
        var article = DatelinePredictor.article(text);
        assertEquals(text, article.text());
        assertEquals(4, article.sections().size());
        assertEquals("Second para.", text.substring(article.sections().get(2).begin(), article.sections().get(2).end()));
        assertEquals("Third para.", text.substring(article.sections().get(3).begin(), article.sections().get(3).end()));
    }
}
