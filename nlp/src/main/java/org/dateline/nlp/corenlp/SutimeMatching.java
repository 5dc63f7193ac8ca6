package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchStarts;
import edu.stanford.nlp.ling.tokensregex.StartFilteredExtractRule;

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
        Object classifier = MatchStarts.read(numeric, "nsc");
        Object timeExtractor = MatchStarts.read(classifier, "timexExtractor");
        CoreMapExpressionExtractor<?> rules = MatchStarts.read(timeExtractor, "expressionExtractor");
        return StartFilteredExtractRule.install(rules);
    }
}
