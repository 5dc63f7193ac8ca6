package org.dateline.eval.time;

import org.dateline.eval.CachingAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.eval.time.TimeEvalResult.CollectionResult;
import org.dateline.eval.time.TimeEvalResult.ErrorCase;
import org.dateline.eval.time.TimeEvalResult.Failure;
import org.dateline.eval.time.TimeEvalResult.SystemScores;
import org.dateline.extract.times.DateOrigin;
import org.dateline.extract.times.TimeResolver;
import org.dateline.model.TimeRef;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.TimeExpression;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * Scores our times against TimeML gold (TempEval-3's TimeBank and AQUAINT) the way the data README
 * says, next to plain SUTime on the same annotations. Each document gets its DCT as the
 * publication date.
 */
public final class TimeEval {
    private final TimeMlReader reader = new TimeMlReader();
    private final TimeResolver resolver = new TimeResolver();

    /**
     * Evaluates every {@code .tml} file under {@code goldDir}: a folder of files is one collection, a
     * folder of such folders gives one collection per subfolder. {@code limit > 0} keeps the first
     * {@code limit} documents (by name) of each collection.
     */
    public TimeEvalResult run(Path goldDir, Annotator annotator, int limit) throws IOException {
        List<CollectionResult> collections = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<ErrorCase> cases = new ArrayList<>();
        for (Path dir : collectionDirs(goldDir)) {
            List<Path> files = tmlFiles(dir);
            if (limit > 0 && files.size() > limit) {
                files = files.subList(0, limit);
            }
            TimeScores ours = TimeScores.ZERO;
            TimeScores sutime = TimeScores.ZERO;
            int documents = 0;
            for (Path file : files) {
                TimeMlDocument doc;
                try {
                    doc = reader.read(file);
                } catch (IOException e) {
                    failures.add(new Failure(file.toString(), e.getMessage()));
                    continue;
                }
                AnnotatedText annotated;
                try {
                    annotated = annotator.annotate(doc.text(), doc.creationDate());
                } catch (RuntimeException e) {
                    failures.add(new Failure(doc.id(), "annotation failed: " + e));
                    continue;
                }
                List<Timex> predicted = ours(annotated, doc);
                ours = ours.plus(TimeScorer.score(doc.gold(), predicted));
                sutime = sutime.plus(TimeScorer.score(doc.gold(), plainSutime(annotated)));
                cases.addAll(errorCases(doc, predicted));
                documents++;
            }
            collections.add(new CollectionResult(dir.getFileName().toString(), documents,
                    SystemScores.of(ours), SystemScores.of(sutime)));
        }
        if (collections.size() > 1) {
            collections.add(total(collections));
        }
        return new TimeEvalResult(collections, failures, cases);
    }

    private List<Timex> ours(AnnotatedText annotated, TimeMlDocument doc) {
        List<Timex> out = new ArrayList<>();
        for (TimeRef t : resolver.resolve(annotated, doc.creationDate(), DateOrigin.PUBLISHED)) {
            out.add(new Timex(t.span().begin(), t.span().end(), t.span().text(), t.type().name(), t.value()));
        }
        return out;
    }

    private static List<Timex> plainSutime(AnnotatedText annotated) {
        List<Timex> out = new ArrayList<>();
        for (TimeExpression t : annotated.times()) {
            out.add(new Timex(t.begin(), t.end(), t.text(), t.type(), t.value()));
        }
        return out;
    }

    private static List<ErrorCase> errorCases(TimeMlDocument doc, List<Timex> predicted) {
        List<ErrorCase> out = new ArrayList<>();
        List<TimeScorer.Match> matches = TimeScorer.match(doc.gold(), predicted);
        List<Timex> matchedGold = new ArrayList<>();
        List<Timex> matchedPredicted = new ArrayList<>();
        for (TimeScorer.Match m : matches) {
            matchedGold.add(m.gold());
            matchedPredicted.add(m.predicted());
            if (!m.valueAgrees()) {
                out.add(new ErrorCase(doc.id(), "value", m.gold().text(), m.gold().value(), m.predicted().text(),
                        m.predicted().value(), context(doc, m.gold())));
            }
        }
        for (Timex g : doc.gold()) {
            if (!matchedGold.contains(g)) {
                out.add(new ErrorCase(doc.id(), "missed", g.text(), g.value(), null, null, context(doc, g)));
            }
        }
        for (Timex p : predicted) {
            if (!matchedPredicted.contains(p)) {
                out.add(new ErrorCase(doc.id(), "spurious", null, null, p.text(), p.value(), context(doc, p)));
            }
        }
        return out;
    }

    private static String context(TimeMlDocument doc, Timex t) {
        String text = doc.text();
        String before = text.substring(Math.max(0, t.begin() - 70), t.begin());
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 50));
        return (doc.creationDate() + " | " + before + "[[" + t.text() + "]]" + after).replaceAll("\\s+", " ");
    }

    private static CollectionResult total(List<CollectionResult> parts) {
        int docs = 0;
        TimeScores ours = TimeScores.ZERO;
        TimeScores sutime = TimeScores.ZERO;
        for (CollectionResult c : parts) {
            docs += c.documents();
            ours = ours.plus(counts(c.ours()));
            sutime = sutime.plus(counts(c.sutime()));
        }
        return new CollectionResult("all", docs, SystemScores.of(ours), SystemScores.of(sutime));
    }

    private static TimeScores counts(SystemScores s) {
        return new TimeScores(s.gold(), s.predicted(), s.spanMatches(), s.valueMatches());
    }

    private static List<Path> collectionDirs(Path goldDir) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IOException(goldDir + ": not a directory of TimeML files");
        }
        if (!tmlFiles(goldDir).isEmpty()) {
            return List.of(goldDir);
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                if (!tmlFiles(p).isEmpty()) {
                    dirs.add(p);
                }
            }
        }
        if (dirs.isEmpty()) {
            throw new IOException(goldDir + ": no .tml files in it or in its subfolders");
        }
        return dirs;
    }

    private static List<Path> tmlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
    }

    /** Writes our disagreements with gold as tab-separated lines, for reading the failures. */
    public static void writeCases(List<ErrorCase> cases, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("document\tkind\tgoldText\tgoldValue\tpredictedText\tpredictedValue\tcontext");
        for (ErrorCase c : cases) {
            lines.add(String.join("\t", c.document(), c.kind(), String.valueOf(c.goldText()),
                    String.valueOf(c.goldValue()), String.valueOf(c.predictedText()),
                    String.valueOf(c.predictedValue()), c.context()));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error cases to " + file, e);
        }
    }

    /** {@code TimeEval GOLD_DIR [--limit N] [--cases FILE] [--cache DIR]}: prints the scores as JSON and a summary. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: TimeEval GOLD_DIR [--limit N] [--cases FILE] [--cache DIR]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        int limit = 0;
        Path casesFile = null;
        Path cacheDir = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--cases" -> casesFile = Path.of(args[++i]);
                case "--cache" -> cacheDir = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        try (Annotator annotator = cacheDir == null ? new CoreNlpAnnotator()
                : new CachingAnnotator(cacheDir, CoreNlpAnnotator::new)) {
            TimeEvalResult result = new TimeEval().run(gold, annotator, limit);
            if (casesFile != null) {
                writeCases(result.cases(), casesFile);
            }
            System.out.println(result.toJson());
            System.out.print(result.summary());
        }
    }
}
