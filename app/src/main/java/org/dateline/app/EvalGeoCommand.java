package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import org.dateline.eval.geo.GeoEval;
import org.dateline.eval.geo.GeoEvalResult;
import org.dateline.extract.places.Gazetteer;
import picocli.CommandLine.Command;

@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geoparsing on a GeoWebNews or LGL gold file (XML): toponym P/R/F1, acc@161km and median",
                "error in km of the bundled gazetteer and our resolver."})
final class EvalGeoCommand extends ModelEvalRun {

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        GeoEvalResult r = new GeoEval(Gazetteer.bundled()).run(gold, loadModels(progress), limit);
        progress.println(r.summary());
        progress.flush();
        return r.toJson();
    }
}
