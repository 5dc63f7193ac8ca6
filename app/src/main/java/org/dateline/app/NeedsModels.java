package org.dateline.app;

import java.util.function.Supplier;
import org.dateline.nlp.Annotator;

/** A command that analyzes text and so needs the NLP models; they are handed in, never loaded statically. */
interface NeedsModels {
    void useModels(Supplier<Annotator> models);
}
