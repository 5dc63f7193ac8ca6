package org.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.model.AnalysisJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every {@code eval KIND} shares: the gold path, a document limit, and score floors for CI's gate. */
abstract class EvalRun implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "PATH", description = "The gold set (file or folder).")
    Path gold;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Score only the first N documents (0: all).")
    int limit;

    @Option(names = "--floor", paramLabel = "METRIC=MIN", description = "Fail (exit 1) when METRIC is below MIN.")
    Map<String, Double> floors = Map.of();

    /** Runs the evaluation and returns its metrics as a JSON object. */
    abstract String evaluate(PrintWriter progress) throws java.io.IOException;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(gold)) {
            err.println("dateline eval: no such gold set: " + gold);
            return Main.USAGE;
        }
        String json = evaluate(err);
        spec.commandLine().getOut().println(json);
        List<String> below = belowFloor(json, floors);
        below.forEach(b -> err.println("below floor: " + b));
        return below.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    static List<String> belowFloor(String json, Map<String, Double> floors) throws JsonProcessingException {
        JsonNode root = AnalysisJson.mapper().readTree(json);
        List<String> out = new ArrayList<>();
        for (var f : floors.entrySet()) {
            JsonNode node = root;
            for (String part : f.getKey().split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node == null || !node.isNumber()) {
                out.add(f.getKey() + " is missing from the metrics");
            } else if (node.asDouble() < f.getValue()) {
                out.add(f.getKey() + " = " + node.asDouble() + " < " + f.getValue());
            }
        }
        return out;
    }
}
