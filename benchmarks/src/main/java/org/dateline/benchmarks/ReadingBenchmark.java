package org.dateline.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a plain-text article: sniffing, decoding, line rejoining, hyphen repair, captions and the
 * dateline. {@code copies} repeats the example's body to see how the structurer scales with length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadingBenchmark {
    @Param({"1", "20"})
    public int copies;

    private ReaderRegistry readers;
    private SourceDocument source;

    @Setup
    public void setUp() throws Exception {
        String text = Files.readString(Examples.article(), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("\n\n") + 2);
        StringBuilder all = new StringBuilder(text);
        for (int i = 1; i < copies; i++) {
            all.append("\n\n").append(body);
        }
        readers = new ReaderRegistry();
        source = new SourceDocument("example.txt", all.toString().getBytes(StandardCharsets.UTF_8), DocumentMetadata.NONE);
    }

    @Benchmark
    public ReadDocument readPlainText() throws DocumentException {
        return readers.read(source, null, ReadOptions.DEFAULTS);
    }

    /** Where the example article is: the repository's examples folder, wherever JMH was started. */
    static final class Examples {
        private Examples() {
        }

        static Path article() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path p = dir.resolve("examples/harbour-talks.txt");
                if (Files.exists(p)) {
                    return p;
                }
            }
            throw new IllegalStateException("examples/harbour-talks.txt not found above " + Path.of("").toAbsolutePath());
        }
    }
}
