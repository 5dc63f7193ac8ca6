package org.dateline.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What a benchmark run cost the whole process, from its start to {@link #report}: CPU time of all
 * its threads (the garbage collector's and the JIT compiler's included) and the garbage
 * collector's pauses. On a shared machine wall-clock time depends on the other processes; CPU time
 * much less, so documents per CPU second compare runs made at different moments. Also names the
 * collectors and the heap limit the run had.
 */
final class RunCost {
    private final long cpuNanos;
    private final long gcMillis;
    private final long gcCount;

    private RunCost(long cpuNanos, long gcMillis, long gcCount) {
        this.cpuNanos = cpuNanos;
        this.gcMillis = gcMillis;
        this.gcCount = gcCount;
    }

    static RunCost start() {
        return new RunCost(processCpuNanos(), gcMillis(), gcCount());
    }

    /** Adds processCpuSeconds, documentsPerCpuSecond, gcMillis and gcCount for the run so far. */
    void report(ObjectNode out, int documents) {
        long cpu = processCpuNanos() - cpuNanos;
        if (cpu > 0) {
            out.put("processCpuSeconds", Math.round(cpu / 1e6) / 1000.0);
            out.put("documentsPerCpuSecond", Math.round(documents / (cpu / 1e9) * 1000) / 1000.0);
        }
        out.put("gcMillis", gcMillis() - gcMillis);
        out.put("gcCount", gcCount() - gcCount);
        // which collector and heap limit the figures were measured with
        out.put("garbageCollectors", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList()));
        out.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** -1 when the JVM does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(t -> t > 0).sum();
    }
}
