package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TimeExpression;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation loop with a stand-in annotator that plays SUTime, so no CoreNLP is loaded. */
class TimeEvalTest {
    @TempDir
    Path dir;

    /** Marks "on Thursday" (as a DATE on the article date, SUTime-like) and "weeks" in any text. */
    private static final class StandIn implements Annotator {
        final List<LocalDate> dates = new ArrayList<>();

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate) {
            dates.add(documentDate);
            List<TimeExpression> times = new ArrayList<>();
            int at = text.indexOf("Thursday");
            if (at >= 0) {
                times.add(new TimeExpression(at, at + 8, "Thursday", "DATE", documentDate.minusDays(1).toString(), 0));
            }
            at = text.indexOf("weeks");
            if (at >= 0) {
                times.add(new TimeExpression(at, at + 5, "weeks", "DURATION", "p6w", 0));
            }
            int once = text.indexOf("once");
            if (once >= 0) {
                times.add(new TimeExpression(once, once + 4, "once", "DATE", "PAST_REF", 0));
            }
            Sentence s = new Sentence(0, 0, text.length(), List.of(new Token(0, 0, 1, "x", "x", "NN", "O")), List.of(), List.of());
            return new AnnotatedText(text, List.of(s), List.of(), times);
        }

        @Override
        public void close() {
        }
    }

    private void write(String folder, String name, String xml) throws IOException {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve(name), xml);
    }

    @Test
    void scoresEachFolderAndTheTotalForOursAndPlainSutime() throws IOException {
        write("First", "a.tml", TimeMlReaderTest.FIXTURE);
        write("Second", "b.tml", TimeMlReaderTest.FIXTURE.replace("now", "once"));
        write("Second", "c.tml", "<TimeML><TEXT>no closing tag");
        StandIn annotator = new StandIn();
        TimeEvalResult result = new TimeEval().run(dir, annotator, 0);

        assertEquals(List.of("First", "Second", "all"), result.collections().stream().map(TimeEvalResult.CollectionResult::name).toList());
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().get(0).document().endsWith("c.tml"));
        assertEquals(LocalDate.of(2023, 11, 24), annotator.dates.get(0), "the DCT is the publication date");

        TimeEvalResult.SystemScores first = result.collections().get(0).sutime();
        // gold: "on Thursday" 2023-11-23, "six busy weeks" P6W, "now"; predicted: Thursday, weeks
        assertEquals(3, first.gold());
        assertEquals(2, first.predicted());
        assertEquals(2, first.spanMatches());
        assertEquals(2, first.valueMatches(), "p6w equals P6W ignoring case");

        // in the second folder "once" is gold-less noise for SUTime, and our resolver drops it
        TimeEvalResult.CollectionResult second = result.collections().get(1);
        assertEquals(3, second.sutime().predicted());
        assertEquals(2, second.ours().predicted());
        assertEquals(5, result.collections().get(2).sutime().predicted());
        assertTrue(result.toJson().contains("\"valueF1\""));
        assertTrue(result.summary().contains("Second"));
    }

    @Test
    void limitKeepsTheFirstDocumentsOfAFolderOfFiles() throws IOException {
        write("Only", "a.tml", TimeMlReaderTest.FIXTURE);
        write("Only", "b.tml", TimeMlReaderTest.FIXTURE);
        TimeEvalResult result = new TimeEval().run(dir.resolve("Only"), new StandIn(), 1);
        assertEquals(1, result.collections().size());
        assertEquals(1, result.collections().get(0).documents());
    }

    @Test
    void errorCasesNameTheDocumentAndKind() throws IOException {
        write("Only", "a.tml", TimeMlReaderTest.FIXTURE);
        TimeEvalResult result = new TimeEval().run(dir, new StandIn(), 0);
        assertTrue(result.cases().stream().anyMatch(c -> c.document().equals("a") && c.kind().equals("missed")
                && c.goldText().equals("now")), result.cases().toString());
        Path out = dir.resolve("cases.tsv");
        TimeEval.writeCases(result.cases(), out);
        assertTrue(Files.readString(out).contains("missed\tnow"));
    }
}
