package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.DirectScoreClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser (the depparse annotator's model and settings), building only
 * the two graphs Dateline reads: basic and enhanced++. CoreNLP's annotator also builds the collapsed,
 * CC-processed and enhanced graphs from the same parse, and those conversions cost about as much
 * as the parse itself. The parser is a private instance scoring with {@link DirectScoreClassifier}:
 * the same parses for about two thirds of the CPU time.
 */
final class BasicAndEnhancedParseAnnotator extends SentenceAnnotator {
    private static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final DependencyParser parser;

    /** {@code properties}: the pipeline's, read as the depparse annotator reads them ("depparse.model"). */
    BasicAndEnhancedParseAnnotator(Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        this.parser = DirectScoreClassifier.load(own.getProperty("model", DEFAULT_MODEL), own);
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // as CoreNLP's annotator: a sentence the parser fails on keeps no graph
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
