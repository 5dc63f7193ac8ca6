package org.dateline.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import org.dateline.eval.html.HtmlEval;
import org.dateline.eval.html.HtmlEvalResult;
import org.dateline.model.AnalysisJson;
import picocli.CommandLine.Command;

@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Article extraction on the benchmark layout (ground-truth.json, pages/ID.html.gz):",
                "shingle precision/recall/F1 of our HTML reader and of boilerpipe on the same pages."})
final class EvalHtmlCommand extends EvalRun {
    @Override
    String evaluate(PrintWriter progress) throws IOException {
        HtmlEvalResult r = new HtmlEval().run(gold);
        ObjectNode out = AnalysisJson.mapper().createObjectNode();
        out.put("pages", r.pages());
        for (HtmlEvalResult.SystemResult s : r.systems()) {
            ObjectNode n = out.putObject(s.name());
            n.put("precision", s.precision());
            n.put("recall", s.recall());
            n.put("f1", s.f1());
            n.put("failures", s.failures().size());
        }
        return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }
}
