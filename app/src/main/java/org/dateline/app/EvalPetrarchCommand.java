package org.dateline.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.petrarch.PetrarchEval;
import org.dateline.eval.petrarch.PetrarchRecord;
import org.dateline.eval.petrarch.PetrarchRecordReader;
import org.dateline.model.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = {"PETRARCH's unit-test records (text/PETR.UnitTest.records.xml under --gold) coded with its",
                "PETR.Validate dictionaries on our own parse: pass rate and the failing record ids."})
final class EvalPetrarchCommand extends ModelEvalRun {

    @Option(names = "--details", description = "Also print, per failing record, the expected and produced triples.")
    boolean details;

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        Path records = gold.resolve("text").resolve("PETR.UnitTest.records.xml");
        List<PetrarchRecord> all = PetrarchRecordReader.read(records);
        List<PetrarchRecord> chosen = limit > 0 ? all.subList(0, Math.min(limit, all.size())) : all;
        PetrarchEval eval = new PetrarchEval(gold);
        PetrarchEval.Result r = eval.run(chosen, loadModels(progress));
        if (details) {
            return r.toJson();
        }
        ObjectNode out = AnalysisJson.mapper().createObjectNode();
        out.put("records", r.records());
        out.put("passed", r.passed());
        out.put("passRate", Math.round(r.passRate() * 10000) / 10000.0);
        out.set("failing", AnalysisJson.mapper().valueToTree(r.failures().keySet()));
        return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }
}
