package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dateline.extract.Analyzer;
import org.dateline.extract.StageTimes;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.OrderedWorkers;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.AnalysisJson;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import org.dateline.nlp.corenlp.CoreNlpQuotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput and memory of the pipeline on documents: documents/s, tokens/s, time per stage,",
                "model load time, time to first result, peak heap, time per CoreNLP annotator. --baseline corenlp also runs the plain CoreNLP",
                "pipeline (tokenize..depparse, coref, quote) on the same texts in a child JVM and prints the ratio."})
final class BenchCommand implements Callable<Integer>, NeedsModels {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> paths;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N documents (0: all).")
    int limit;

    @Option(names = "--baseline", defaultValue = "none", description = "none or corenlp. Default: ${DEFAULT-VALUE}.")
    String baseline;

    @Option(names = "--baseline-heap", defaultValue = "8g", description = "Heap of the baseline's JVM. Default: ${DEFAULT-VALUE}.")
    String baselineHeap;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analyzed at once. Default: one per core.")
    int threads = OrderedWorkers.defaultThreads();

    @Option(names = "--run-baseline", hidden = true, description = "Internal: be the baseline's child JVM.")
    boolean runBaseline;

    private Supplier<Annotator> models;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("dateline bench: --threads must be at least 1");
            return Main.USAGE;
        }
        if (!baseline.equals("none") && !baseline.equals("corenlp")) {
            err.println("dateline bench: unknown --baseline " + baseline + " (none or corenlp)");
            return Main.USAGE;
        }
        String missing = InputWalker.firstMissing(paths);
        if (missing != null) {
            err.println("dateline bench: no such file or folder: " + missing);
            return Main.USAGE;
        }
        resetPeaks();
        long readStart = System.nanoTime();
        List<ReadDocument> docs = read(err);
        long readNanos = System.nanoTime() - readStart;
        if (docs.isEmpty()) {
            err.println("dateline bench: no readable documents");
            return Main.SOME_FAILED;
        }
        ObjectNode out = runBaseline ? baselineRun(docs) : ourRun(docs, readNanos, err);
        if (!runBaseline && baseline.equals("corenlp")) {
            JsonNode base = childBaseline(err);
            out.set("baseline", base);
            double ours = out.get("documentsPerSecond").asDouble();
            double theirs = base.get("documentsPerSecond").asDouble();
            out.put("throughputRatio", round(ours / theirs));
            // documents per CPU second: what other processes on a shared machine disturb least
            if (out.has("documentsPerCpuSecond") && base.has("documentsPerCpuSecond")) {
                out.put("cpuThroughputRatio", round(out.get("documentsPerCpuSecond").asDouble()
                        / base.get("documentsPerCpuSecond").asDouble()));
            }
            out.put("peakHeapRatio", round(out.get("peakHeapMB").asDouble() / base.get("peakHeapMB").asDouble()));
        }
        spec.commandLine().getOut().println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return Main.OK;
    }

    private List<ReadDocument> read(PrintWriter err) {
        ReaderRegistry readers = new ReaderRegistry();
        List<ReadDocument> docs = new ArrayList<>();
        new InputWalker(ReadOptions.DEFAULT_MAX_BYTES, System.in).walk(paths, new DocumentSink() {
            @Override
            public void accept(SourceDocument d) {
                if (limit > 0 && docs.size() >= limit) {
                    return;
                }
                try {
                    docs.add(readers.read(d, null, ReadOptions.DEFAULTS));
                } catch (DocumentException e) {
                    failed(e);
                }
            }

            @Override
            public void failed(DocumentException problem) {
                err.println("skipped: " + problem.getMessage());
            }
        });
        return docs;
    }

    private ObjectNode ourRun(List<ReadDocument> docs, long readNanos, PrintWriter err) {
        err.println("dateline bench: " + docs.size() + " documents; loading models...");
        err.flush();
        long start = System.nanoTime();
        Annotator annotator = models.get();
        Analyzer analyzer = new Analyzer(annotator);
        long loaded = System.nanoTime();
        RunCost cost = RunCost.start();
        StageTimes clock = new StageTimes();
        analyzer.analyze(docs.get(0), clock);
        long first = System.nanoTime();
        try (OrderedWorkers<Object> workers = new OrderedWorkers<>(threads)) {
            for (ReadDocument d : docs.subList(1, docs.size())) {
                workers.submit(() -> analyzer.analyze(d, clock), (r, e) -> {
                    if (e != null) {
                        err.println("failed: " + d.info().path() + ": " + e);
                    }
                });
            }
        }
        long end = System.nanoTime();
        ObjectNode out = common("dateline", docs.size(), end - loaded, loaded - start);
        cost.report(out, docs.size());
        out.put("threads", threads);
        out.put("tokens", clock.tokens());
        out.put("tokensPerSecond", round(clock.tokens() / ((end - loaded) / 1e9)));
        out.put("firstResultSeconds", round((first - start) / 1e9));
        ObjectNode stages = out.putObject("stageMillis");
        stages.put("read", readNanos / 1_000_000);
        clock.millis().forEach(stages::put);
        if (annotator instanceof CoreNlpAnnotator corenlp) {
            // inside the nlp stage: which CoreNLP annotator the time goes to
            ObjectNode annotators = out.putObject("corenlpAnnotatorMillis");
            corenlp.annotatorMillis().forEach(annotators::put);
            ObjectNode cpu = out.putObject("corenlpAnnotatorCpuMillis");
            corenlp.annotatorCpuMillis().forEach(cpu::put);
        }
        return out;
    }

    private ObjectNode baselineRun(List<ReadDocument> docs) {
        long start = System.nanoTime();
        CoreNlpQuotes plain = new CoreNlpQuotes();
        long loaded = System.nanoTime();
        RunCost cost = RunCost.start();
        int quotes = 0;
        for (ReadDocument d : docs) {
            quotes += plain.quotes(d.article().text()).size();
        }
        ObjectNode out = common("corenlp tokenize,ssplit,pos,lemma,ner,depparse,coref,quote", docs.size(),
                System.nanoTime() - loaded, loaded - start);
        cost.report(out, docs.size());
        out.put("quotesFound", quotes);
        out.put("annotatorTiming", plain.timingInformation());
        return out;
    }

    private ObjectNode common(String system, int docs, long runNanos, long loadNanos) {
        ObjectNode out = AnalysisJson.mapper().createObjectNode();
        out.put("system", system);
        out.put("documents", docs);
        out.put("seconds", round(runNanos / 1e9));
        out.put("documentsPerSecond", round(docs / (runNanos / 1e9)));
        out.put("loadSeconds", round(loadNanos / 1e9));
        out.put("peakHeapMB", peakHeapMb());
        return out;
    }

    private JsonNode childBaseline(PrintWriter err) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + baselineHeap, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "--run-baseline", "--limit", String.valueOf(limit)));
        cmd.addAll(paths);
        err.println("dateline bench: running the plain CoreNLP pipeline in a child JVM (-Xmx" + baselineHeap + ")...");
        err.flush();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("the baseline JVM failed (exit " + p.exitValue() + ")");
        }
        return AnalysisJson.mapper().readTree(json);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap's peak, the figure -Xmx must allow. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
