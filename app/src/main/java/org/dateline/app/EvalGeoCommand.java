package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.dateline.eval.geo.GeoEval;
import org.dateline.eval.geo.GeoEvalResult;
import org.dateline.extract.places.Gazetteer;
import org.dateline.nlp.Annotator;
import picocli.CommandLine.Command;

@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geoparsing on a GeoWebNews or LGL gold file (XML): toponym P/R/F1, acc@161km and median",
                "error in km of the bundled gazetteer and our resolver."})
final class EvalGeoCommand extends EvalRun implements NeedsModels {
    private Supplier<Annotator> models;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Override
    String evaluate(PrintWriter progress) throws IOException {
        progress.println("loading the gazetteer and the language models...");
        progress.flush();
        GeoEvalResult r = new GeoEval(Gazetteer.bundled()).run(gold, models.get(), limit);
        progress.println(r.summary());
        progress.flush();
        return r.toJson();
    }
}
