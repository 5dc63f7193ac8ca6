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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    public CoreNlpAnnotator() {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties());
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // blank lines separate paragraphs, captions and datelines: never one sentence across them
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // fine-grained NER costs 60% of NER time and adds noise (CAUSE_OF_DEATH for "war")
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("tokenize.options", "invertible,ptb3Escaping=false,splitHyphenated=false");
        return p;
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
        pipeline.annotate(doc);
        return convert(text, doc);
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
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
            if (NAME_TYPES.contains(type)) {
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                int first = toks.get(0).index() - 1;
                names.add(new NerMention(begin, end, text.substring(begin, end), type, sentence, first,
                        first + toks.size()));
            } else if (TIME_TYPES.contains(type)) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex == null ? null : timex.value();
                if (value == null && timex != null) {
                    value = timex.altVal();
                }
                String timexType = timex == null || timex.timexType() == null ? type : timex.timexType();
                times.add(new TimeExpression(begin, end, text.substring(begin, end), timexType, value, sentence));
            }
        }
        return new AnnotatedText(text, sentences, names, times);
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
