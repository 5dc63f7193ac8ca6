package org.dateline.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time spent per stage of the pipeline and tokens processed, summed over documents; thread-safe. */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();
    private final LongAdder tokens = new LongAdder();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    public void addTokens(long n) {
        tokens.add(n);
    }

    public long tokens() {
        return tokens.sum();
    }

    /** Milliseconds per stage, in the order the stages first ran. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1_000_000));
        return out;
    }
}
