package org.dateline.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.extract.places.Gazetteer;
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
import org.openjdk.jmh.infra.Blackhole;

/** Candidate lookup in the bundled gazetteer for a typical article's toponyms, and its load time. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GazetteerBenchmark {
    private static final List<String> NAMES = List.of("Doha", "Gaza", "Iraq", "Syria", "Springfield", "Georgia",
            "Santiago", "Lima", "Paris", "São Paulo", "Kyiv", "nowhere-at-all");
    private Gazetteer gazetteer;

    @Setup
    public void setUp() {
        gazetteer = Gazetteer.bundled();
    }

    @Benchmark
    public void lookupTwelveNames(Blackhole sink) {
        for (String name : NAMES) {
            sink.consume(gazetteer.lookup(name));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Gazetteer loadBundled() {
        return Gazetteer.bundled();
    }
}
