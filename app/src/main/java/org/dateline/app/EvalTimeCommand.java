package org.dateline.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import org.dateline.eval.time.TimeEval;
import org.dateline.eval.time.TimeEvalResult;
import org.dateline.model.AnalysisJson;
import picocli.CommandLine.Command;

@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Time expressions on TimeML (a folder of .tml files, or one holding TimeBank/ and AQUAINT/):",
                "span P/R/F1, value accuracy and value F1 of ours and of plain SUTime, per collection."})
final class EvalTimeCommand extends ModelEvalRun {

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        TimeEvalResult r = new TimeEval().run(gold, loadModels(progress), limit);
        ObjectNode out = AnalysisJson.mapper().createObjectNode();
        for (TimeEvalResult.CollectionResult c : r.collections()) {
            ObjectNode n = out.putObject(c.name());
            n.put("documents", c.documents());
            n.set("ours", AnalysisJson.mapper().valueToTree(c.ours()));
            n.set("sutime", AnalysisJson.mapper().valueToTree(c.sutime()));
        }
        out.put("failures", r.failures().size());
        r.failures().forEach(f -> progress.println("failed: " + f.document() + ": " + f.problem()));
        progress.flush();
        return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }
}
