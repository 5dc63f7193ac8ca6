package org.dateline.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Everything Dateline does after CoreNLP: entities and actors, quotes, times, places and events on
 * the example article. CoreNLP runs once in the setup; the benchmark replays its annotation, so
 * the figure is our own stages' cost per article (compare it with the NLP stage in
 * {@code dateline bench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class StagesBenchmark {
    private Analyzer analyzer;
    private ReadDocument doc;

    @Setup
    public void setUp() throws Exception {
        byte[] bytes = Files.readString(ReadingBenchmark.Examples.article(), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8);
        doc = new ReaderRegistry().read(new SourceDocument("example.txt", bytes, DocumentMetadata.NONE), null,
                ReadOptions.DEFAULTS);
        try (CoreNlpAnnotator corenlp = new CoreNlpAnnotator()) {
            Annotator replay = new Replay(corenlp);
            analyzer = new Analyzer(replay);
            analyzer.analyze(doc);
        }
    }

    @Benchmark
    public Analysis stagesAfterNlp() {
        return analyzer.analyze(doc);
    }

    /** Annotates once with the real pipeline, then hands back that annotation. */
    private static final class Replay implements Annotator {
        private final Annotator real;
        private AnnotatedText recorded;

        Replay(Annotator real) {
            this.real = real;
        }

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate) {
            if (recorded == null) {
                recorded = real.annotate(text, documentDate);
            }
            return recorded;
        }

        @Override
        public void close() {
        }
    }
}
