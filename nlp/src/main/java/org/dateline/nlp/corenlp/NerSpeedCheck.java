package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The lean NER annotator with CoreNLP's TokensRegex matching against the same annotator with
 * {@link GatedNerAnnotator}'s faster matching, in one JVM on the same tagged texts, taking turns
 * document by document: CPU time of each (in rounds, the later ones past the JIT's warm-up) and the
 * number of tokens whose NER tag, normalized value or timex differ.
 *
 * <pre>java -cp app/target/dateline.jar org.dateline.nlp.corenlp.NerSpeedCheck ROUNDS FILE_OR_DIR...</pre>
 *
 * <p>With {@code -DnerSpeedCheck.fastOnly=true} only the fast annotator runs (for a profiler).
 */
public final class NerSpeedCheck {
    private NerSpeedCheck() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        // for profiling the fast annotator alone: no comparison
        boolean fastOnly = Boolean.getBoolean("nerSpeedCheck.fastOnly");
        List<Path> files = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tml")).sorted().forEach(files::add);
            }
        }
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        Properties nerProperties = CoreNlpAnnotator.properties();
        GatedNerAnnotator coreNlp = new GatedNerAnnotator(nerProperties, false);
        GatedNerAnnotator fast = new GatedNerAnnotator(nerProperties, true);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long coreNlpNanos = 0;
            long fastNanos = 0;
            int tokens = 0;
            int differences = 0;
            for (int d = 0; d < files.size(); d++) {
                Path f = files.get(d);
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                String text = f.toString().endsWith(".tml") ? LeanPipelineCheck.tmlText(raw) : raw;
                LocalDate date = f.toString().endsWith(".tml") ? LeanPipelineCheck.tmlDate(raw) : LeanPipelineCheck.nameDate(f);
                Annotation a = tagged(tagger, text, date);
                Annotation b = tagged(tagger, text, date);
                // who goes first alternates, so that neither always finds the caches warm
                for (int turn = 0; turn < 2; turn++) {
                    boolean coreNlpTurn = (turn == 0) == (d % 2 == 0);
                    if (coreNlpTurn && fastOnly) {
                        continue;
                    }
                    long start = threads.getCurrentThreadCpuTime();
                    if (coreNlpTurn) {
                        coreNlp.annotate(a);
                    } else {
                        fast.annotate(b);
                    }
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    if (coreNlpTurn) {
                        coreNlpNanos += spent;
                    } else {
                        fastNanos += spent;
                    }
                }
                List<CoreLabel> want = a.get(CoreAnnotations.TokensAnnotation.class);
                List<CoreLabel> got = b.get(CoreAnnotations.TokensAnnotation.class);
                tokens += want.size();
                for (int i = 0; i < want.size() && !fastOnly; i++) {
                    if (!describe(want.get(i)).equals(describe(got.get(i)))) {
                        differences++;
                        if (round == 1) {
                            System.out.println(f.getFileName() + ": " + describe(want.get(i)) + " vs " + describe(got.get(i)));
                        }
                    }
                }
                if (!fastOnly && !String.valueOf(a.get(CoreAnnotations.MentionsAnnotation.class))
                        .equals(String.valueOf(b.get(CoreAnnotations.MentionsAnnotation.class)))) {
                    differences++;
                    if (round == 1) {
                        System.out.println(f.getFileName() + ": mentions differ");
                    }
                }
            }
            System.out.printf("round %d: %d documents, %d tokens; NER CPU ms CoreNLP's matching %d, fast %d (%.3fx); "
                    + "differences %d%n", round, files.size(), tokens, coreNlpNanos / 1_000_000, fastNanos / 1_000_000,
                    (double) fastNanos / coreNlpNanos, differences);
        }
    }

    private static Annotation tagged(StanfordCoreNLP tagger, String text, LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        tagger.annotate(doc);
        return doc;
    }

    private static String describe(CoreLabel t) {
        // every annotation of the token, the timex as its XML
        return t.toShorterString() + " timex=" + t.get(TimeAnnotations.TimexAnnotation.class);
    }
}
