package org.dateline.app;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.dateline.nlp.Annotator;

/** An evaluation that runs the NLP models: they are handed in and loaded when the scoring starts. */
abstract class ModelEvalRun extends EvalRun implements NeedsModels {
    private Supplier<Annotator> models;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    Annotator loadModels(PrintWriter progress) {
        progress.println("loading language models...");
        progress.flush();
        return models.get();
    }
}
