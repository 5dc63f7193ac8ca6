package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TimeExpression;
import org.dateline.nlp.Token;

/**
 * The one place that talks to Stanford CoreNLP. Loads the models once (about 15-25 s) in the
 * constructor of the pipeline; {@link #annotate} is thread-safe. Runs a lean annotator set:
 * tokenize, ssplit, pos, lemma, ner (coarse types + SUTime, no fine-grained regexner), depparse.
 * NER runs SUTime and the numeric classifiers only around numbers and time words
 * ({@link GatedNerAnnotator}), the parser builds only the graphs we read and scores its
 * transitions faster with the same result ({@link BasicAndEnhancedParseAnnotator}); every annotator's time is summed in {@link #annotatorMillis}.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private static final String OVERRIDE_PREFIX = "dateline.corenlp.";

    /** Changes the output's cache key when the lean annotators change. */
    private static final String LEAN = "ner=numeric-windows(" + NumericWindows.signature() + ") depparse=basic,enhanced++";

    private final List<TimedAnnotator> annotators = new ArrayList<>();
    private final long loadMillis;

    /** The pipeline Dateline uses: the lean NER and dependency annotators. */
    public CoreNlpAnnotator() {
        this(true);
    }

    /**
     * {@code lean} false runs CoreNLP's own NER annotator (SUTime and the numeric classifiers on
     * every token) and depparse annotator (all five dependency graphs): the reference the lean
     * pipeline is checked against, which must give the same output.
     */
    public CoreNlpAnnotator(boolean lean) {
        long start = System.nanoTime();
        Properties p = properties();
        for (String name : p.getProperty("annotators").split(",")) {
            annotators.add(new TimedAnnotator(name, create(name.trim(), p, lean)));
        }
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** One annotator; CoreNLP's annotator pool shares the models between pipelines of one JVM. */
    private static edu.stanford.nlp.pipeline.Annotator create(String name, Properties p, boolean lean) {
        if (lean && name.equals("ner")) {
            try {
                return new GatedNerAnnotator(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (lean && name.equals("depparse")) {
            return new BasicAndEnhancedParseAnnotator(p);
        }
        Properties one = new Properties();
        one.putAll(p);
        one.setProperty("annotators", name);
        return new StanfordCoreNLP(one, false);
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // blank lines separate paragraphs, captions and datelines: never one sentence across them
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // fine-grained NER costs 60% of NER time and adds noise (CAUSE_OF_DEATH for "war")
        p.setProperty("ner.applyFineGrained", "false");
        // one CRF instead of the default three halves the time per document: each CRF costs about as
        // much as the rest of the pipeline. The 3-class model trained on all of CoreNLP's data scores
        // as the three together on GeoWebNews (F1 0.827 vs 0.828); CoNLL's 4-class model lost 0.02
        // (GWN) to 0.03 (LGL). The 7-class model's DATE/TIME/MONEY come from SUTime anyway.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("tokenize.options", "invertible,ptb3Escaping=false,splitHyphenated=false");
        // -Ddateline.corenlp.KEY=VALUE overrides a CoreNLP property, for measuring alternatives
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith(OVERRIDE_PREFIX))
                .forEach(k -> p.setProperty(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k)));
        return p;
    }

    /**
     * The pipeline's properties as one sorted string: what an annotation depends on besides the
     * text, so that caches of annotations can tell a changed pipeline from the one they hold.
     */
    public static String configuration() {
        Properties p = properties();
        StringBuilder out = new StringBuilder("corenlp lean " + LEAN + "\n");
        p.stringPropertyNames().stream().sorted().forEach(k -> out.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return out.toString();
    }

    /** Milliseconds the models took to load. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Annotation doc = new Annotation(text);
        if (documentDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        for (TimedAnnotator a : annotators) {
            a.annotate(doc);
        }
        return convert(text, doc);
    }

    /** Milliseconds each CoreNLP annotator has taken so far, summed over threads, in pipeline order. */
    public Map<String, Long> annotatorMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        annotators.forEach(a -> out.put(a.name(), a.millis()));
        return out;
    }

    /** CPU milliseconds of each CoreNLP annotator so far, summed over threads, in pipeline order. */
    public Map<String, Long> annotatorCpuMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        annotators.forEach(a -> out.put(a.name(), a.cpuMillis()));
        return out;
    }

    private static AnnotatedText convert(String text, Annotation doc) {
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap s = coreSentences.get(si);
            List<Token> tokens = new ArrayList<>();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                tokens.add(new Token(ti, l.beginPosition(), l.endPosition(), l.word(), l.lemma(), l.tag(),
                        l.ner() == null ? "O" : l.ner()));
            }
            sentences.add(new Sentence(si,
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    tokens,
                    edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
                    edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))));
        }
        List<NerMention> names = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            if (NAME_TYPES.contains(type)) {
                int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                int first = toks.get(0).index() - 1;
                names.add(new NerMention(begin, end, text.substring(begin, end), type, sentence, first,
                        first + toks.size()));
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        for (int si = 0; si < coreSentences.size(); si++) {
            times.addAll(timeExpressions(text, si, coreSentences.get(si).get(CoreAnnotations.TokensAnnotation.class)));
        }
        return new AnnotatedText(text, sentences, names, times);
    }

    /**
     * SUTime's expressions, one per timex: the run of tokens carrying the same timex. Entity mentions
     * would split one timex where the coarse NER tag changes ("Thursday" DATE + "night" TIME, "the" +
     * "last twenty four hours") and keep DATE-tagged tokens that belong to no timex ("and" in
     * "between 1994 and 1997").
     */
    private static List<TimeExpression> timeExpressions(String text, int sentence, List<CoreLabel> tokens) {
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Timex timex = tokens.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && sameTimex(timex, tokens.get(j).get(TimeAnnotations.TimexAnnotation.class))) {
                j++;
            }
            int begin = tokens.get(i).beginPosition();
            int end = tokens.get(j - 1).endPosition();
            String value = timex.value() != null ? timex.value() : timex.altVal();
            String type = timex.timexType() != null ? timex.timexType() : tokens.get(i).ner();
            if (type != null && TIME_TYPES.contains(type)) {
                out.add(new TimeExpression(begin, end, text.substring(begin, end), type, value, sentence));
            }
            i = j;
        }
        return out;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return b != null && (a == b || a.tid() != null && a.tid().equals(b.tid()));
    }

    private static List<Dependency> edges(SemanticGraph g) {
        if (g == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (var root : g.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }

    @Override
    public void close() {
        // CoreNLP holds no native resources; dropping the reference frees the models
    }
}
