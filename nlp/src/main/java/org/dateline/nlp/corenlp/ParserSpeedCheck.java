package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.DirectScoreClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The dependency parser with CoreNLP's classifier against the same model with the
 * {@link DirectScoreClassifier}, in one JVM on the same tagged sentences, taking turns document by
 * document: CPU time of each (twice over the texts, the second round past the JIT's warm-up) and the
 * number of sentences whose parses differ.
 *
 * <pre>java -cp app/target/dateline.jar org.dateline.nlp.corenlp.ParserSpeedCheck DIR [LIMIT]</pre>
 */
public final class ParserSpeedCheck {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private ParserSpeedCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            s.filter(Files::isRegularFile).sorted().limit(args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE)
                    .forEach(files::add);
        }
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(MODEL, new Properties());
        DependencyParser direct = DirectScoreClassifier.load(MODEL, new Properties());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            long coreNlpNanos = 0;
            long directNanos = 0;
            int sentences = 0;
            int differences = 0;
            for (int d = 0; d < files.size(); d++) {
                Annotation doc = new Annotation(Files.readString(files.get(d)));
                tagger.annotate(doc);
                List<CoreMap> tagged = doc.get(CoreAnnotations.SentencesAnnotation.class);
                // who goes first alternates, so that neither always finds the caches warm
                for (DependencyParser parser : d % 2 == 0 ? List.of(coreNlp, direct) : List.of(direct, coreNlp)) {
                    long start = threads.getCurrentThreadCpuTime();
                    tagged.forEach(parser::predict);
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    if (parser == coreNlp) {
                        coreNlpNanos += spent;
                    } else {
                        directNanos += spent;
                    }
                }
                for (CoreMap s : tagged) {
                    if (!coreNlp.predict(s).typedDependencies().toString().equals(direct.predict(s).typedDependencies().toString())) {
                        differences++;
                    }
                }
                sentences += tagged.size();
            }
            System.out.printf("round %d: %d documents, %d sentences; CPU ms CoreNLP's classifier %d, direct %d (%.3fx); "
                    + "sentences parsed differently %d%n", round, files.size(), sentences, coreNlpNanos / 1_000_000,
                    directNanos / 1_000_000, (double) directNanos / coreNlpNanos, differences);
        }
    }
}
