package org.dateline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dateline.eval.CachingAnnotator;
import org.dateline.nlp.Annotator;
import picocli.CommandLine.Option;

/** An evaluation that runs the NLP models: they are handed in and loaded when the scoring starts. */
abstract class ModelEvalRun extends EvalRun implements NeedsModels {
    private Supplier<Annotator> models;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = {"Keep each text's annotation in DIR and reuse it on later runs (development: only valid",
                    "while the CoreNLP pipeline is unchanged; the models load only for texts not cached yet)."})
    Path nlpCache;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    Annotator loadModels(PrintWriter progress) {
        if (nlpCache != null) {
            progress.println("annotations cached in " + nlpCache + " (language models load on the first text not cached)");
            progress.flush();
            return new CachingAnnotator(nlpCache, models);
        }
        progress.println("loading language models...");
        progress.flush();
        return models.get();
    }
}
