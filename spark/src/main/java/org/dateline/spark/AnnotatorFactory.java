package org.dateline.spark;

import java.io.Serializable;
import java.util.function.Supplier;
import org.dateline.nlp.Annotator;

/** Makes the NLP pipeline on an executor; serializable so the driver can say which one to make. */
@FunctionalInterface
public interface AnnotatorFactory extends Supplier<Annotator>, Serializable {
}
