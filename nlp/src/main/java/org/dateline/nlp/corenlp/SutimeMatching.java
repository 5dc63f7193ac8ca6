package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.StartFilteredExtractRule;
import java.lang.reflect.Field;

/**
 * Makes SUTime's TokensRegex rules in a numeric classifier combiner try only the positions where a
 * match can start ({@link StartFilteredExtractRule}): the same time expressions for a fraction of
 * the work. SUTime's rule extractor sits behind private fields of CoreNLP's classes (the combiner's
 * numeric classifier, its time expression extractor, that one's rule extractor), read by reflection;
 * a CoreNLP version that renames them fails here, at load, not silently.
 */
final class SutimeMatching {
    private SutimeMatching() {
    }

    /** Installs the start filter in the SUTime rules of {@code numeric}; returns what it replaced. */
    static StartFilteredExtractRule.Report speedUp(NERClassifierCombiner numeric) {
        Object classifier = read(numeric, "nsc");
        Object timeExtractor = read(classifier, "timexExtractor");
        CoreMapExpressionExtractor<?> rules = read(timeExtractor, "expressionExtractor");
        return StartFilteredExtractRule.install(rules);
    }

    @SuppressWarnings("unchecked")
    private static <X> X read(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (X) f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared in a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + owner.getClass().getName()
                + ": SUTime's internals changed, see SutimeMatching");
    }
}
