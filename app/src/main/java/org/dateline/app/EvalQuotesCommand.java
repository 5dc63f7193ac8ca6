package org.dateline.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.dateline.eval.quotes.CoreNlpQuotePredictor;
import org.dateline.eval.quotes.DatelinePredictor;
import org.dateline.eval.quotes.QuoteEval;
import org.dateline.eval.quotes.QuoteEvalResult;
import org.dateline.eval.quotes.QuotePredictor;
import org.dateline.model.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quote attribution on the PolNeAR layout (text/NAME.txt, attributions/NAME_ANNOTATOR.ann):",
                "content and attribution P/R/F1. --baseline corenlp also scores CoreNLP's own quote annotator on the",
                "same texts (it needs about 7 GB of heap: DATELINE_JAVA_OPTS=-Xmx9g)."})
final class EvalQuotesCommand extends ModelEvalRun {

    @Option(names = "--baseline", defaultValue = "none", description = "none or corenlp. Default: ${DEFAULT-VALUE}.")
    String baseline;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Write one error listing per text (misses, wrong speakers, false alarms) into DIR.")
    Path dump;

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        if (!baseline.equals("none") && !baseline.equals("corenlp")) {
            throw new IllegalArgumentException("unknown --baseline " + baseline + " (none or corenlp)");
        }
        ObjectNode out = AnalysisJson.mapper().createObjectNode();
        score(out, new DatelinePredictor(loadModels(progress)), progress);
        if (baseline.equals("corenlp")) {
            score(out, new CoreNlpQuotePredictor(), progress);
        }
        return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    private void score(ObjectNode out, QuotePredictor system, PrintWriter progress) {
        QuoteEvalResult r = new QuoteEval(dump).run(gold, system, limit);
        progress.println(r.summary());
        r.failures().forEach(f -> progress.println("failed: " + f.name() + ": " + f.problem()));
        progress.flush();
        ObjectNode n = out.putObject(r.system());
        n.put("texts", r.texts());
        n.put("predicted", r.counts().predicted());
        n.put("gold", r.counts().gold());
        n.put("matched", r.counts().matched());
        n.set("content", AnalysisJson.mapper().valueToTree(r.content()));
        n.set("attribution", AnalysisJson.mapper().valueToTree(r.attribution()));
        n.put("failures", r.failures().size());
    }
}
