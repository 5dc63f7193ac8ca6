package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.StartFilteredExtractRule;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's NER annotator with the same output for less time: the statistical CRF runs on every
 * sentence, SUTime and the numeric classifiers (NUMBER, MONEY, PERCENT, ORDINAL, DATE, TIME,
 * DURATION, SET) only on the {@link NumericWindows} of a sentence, where they can find anything.
 * Those classifiers cost more than the CRF and most of a news text has no number or time in it.
 *
 * <p>Everything else (NER-specific tokenization, entity mentions, the clean-up after the
 * sentences) is CoreNLP's own annotator, which this class extends: the statistical part is the
 * annotator built with the numeric classifiers off, and each window then goes through a numeric-only
 * classifier combiner, which does what the full combiner does after its CRF step (a numeric label
 * only where the CRF said O or MISC, then normalization). SUTime's TokensRegex rules there try only
 * the positions where a match can start ({@link SutimeMatching}).
 */
public final class GatedNerAnnotator extends NERCombinerAnnotator {
    private final NERClassifierCombiner numeric;
    private final StartFilteredExtractRule.Report sutimeRules;

    public GatedNerAnnotator(Properties properties) throws IOException {
        this(properties, true);
    }

    /**
     * {@code startFiltered} false leaves SUTime's rules as CoreNLP made them, for comparing the two
     * ({@link NerSpeedCheck}); true makes them try only the positions where a match can start
     * ({@link SutimeMatching}), which changes nothing but the time.
     */
    GatedNerAnnotator(Properties properties, boolean startFiltered) throws IOException {
        super(statisticalOnly(properties));
        this.numeric = numericOnly(properties);
        this.sutimeRules = startFiltered ? SutimeMatching.speedUp(numeric) : null;
    }

    /** What the start filter replaced in SUTime's rules, null if it was not installed. */
    StartFilteredExtractRule.Report sutimeRules() {
        return sutimeRules;
    }

    private static Properties statisticalOnly(Properties properties) {
        Properties p = new Properties();
        p.putAll(properties);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        return p;
    }

    /** The numeric classifiers and SUTime set up as CoreNLP's NER annotator sets them up, no CRF. */
    static NERClassifierCombiner numericOnly(Properties properties) {
        Properties combiner = PropertiesUtils.extractSelectedProperties(properties,
                NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
        PropertiesUtils.overWriteProperties(combiner,
                PropertiesUtils.extractPrefixedProperties(properties, NumberSequenceClassifier.SUTIME_PROPERTY + '.', true));
        NERClassifierCombiner.Language language = NERClassifierCombiner.Language.fromString(
                properties.getProperty(NERClassifierCombiner.NER_LANGUAGE_PROPERTY), NERClassifierCombiner.NER_LANGUAGE_DEFAULT);
        try {
            return new NERClassifierCombiner(true, language, true, combiner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        super.doOneSentence(annotation, sentence);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(t.word());
            tags.add(t.tag() == null ? "" : t.tag());
        }
        for (NumericWindows.Span window : NumericWindows.windows(words, tags, NumericWindows.MARGIN)) {
            classifyNumbers(annotation, sentence, tokens.subList(window.from(), window.to()), window.from());
        }
    }

    private void classifyNumbers(Annotation annotation, CoreMap sentence, List<CoreLabel> window, int offset) {
        List<CoreLabel> labelled = new ArrayList<>(window.size());
        for (CoreLabel t : window) {
            CoreLabel copy = new CoreLabel(t);
            copy.set(CoreAnnotations.AnswerAnnotation.class, t.ner());
            labelled.add(copy);
        }
        // the full annotator runs SUTime before any NER tag is set, and one SUTime rule (a year) reads
        // the tag: SUTime must see the tokens untagged, as it does there
        for (CoreLabel t : window) {
            t.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
        }
        numeric.classifyWithGlobalInformation(labelled, annotation, windowSentence(sentence, window, offset));
        for (int i = 0; i < window.size(); i++) {
            CoreLabel out = labelled.get(i);
            CoreLabel token = window.get(i);
            token.setNER(out.ner());
            token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, out.ner());
            String normalized = out.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (normalized != null) {
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
            }
            NumberSequenceClassifier.transferAnnotations(out, token);
        }
    }

    /** A sentence made of the window's tokens, with text and offsets as SUTime expects of a sentence. */
    private static CoreMap windowSentence(CoreMap sentence, List<CoreLabel> window, int offset) {
        int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int begin = window.get(0).beginPosition();
        int end = window.get(window.size() - 1).endPosition();
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        CoreMap out = new ArrayCoreMap();
        out.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - sentenceBegin, end - sentenceBegin));
        out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        out.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(window));
        if (firstToken != null) {
            out.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + offset);
            out.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + offset + window.size());
        }
        Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) {
            out.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        }
        return out;
    }

    @Override
    public void annotate(Annotation annotation) {
        super.annotate(annotation);
        numeric.finalizeAnnotation(annotation);
    }
}
