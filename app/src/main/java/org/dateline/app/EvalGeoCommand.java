package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.eval.geo.GeoEval;
import org.dateline.eval.geo.GeoEvalResult;
import org.dateline.extract.places.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geoparsing on a GeoWebNews or LGL gold file (XML): toponym P/R/F1, acc@161km and median",
                "error in km of the bundled gazetteer and our resolver."})
final class EvalGeoCommand extends ModelEvalRun {

    @Option(names = "--details", paramLabel = "FILE",
            description = "Also write each article's misses, false positives and far resolutions (tab-separated) to FILE.")
    Path details;

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        GeoEval eval = new GeoEval(Gazetteer.bundled());
        GeoEvalResult r;
        if (details == null) {
            r = eval.run(gold, loadModels(progress), limit);
        } else {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
                r = eval.withDetails(out).run(gold, loadModels(progress), limit);
            }
        }
        progress.println(r.summary());
        progress.flush();
        return r.toJson();
    }
}
