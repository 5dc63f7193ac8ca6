package org.dateline.eval.quotes;

import org.dateline.eval.CachingAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * Scores a quote system on the PolNeAR layout ({@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann};
 * the first .ann file by name is the gold of a text) as the data README says: content P/R/F1 over
 * one-to-one matches, attribution P/R/F1 where the speaker must overlap the gold source.
 */
public final class QuoteEval {
    private final Path dumpDir;

    /** {@code dumpDir}: where to write one error listing per text, or null for none. */
    public QuoteEval(Path dumpDir) {
        this.dumpDir = dumpDir;
    }

    public QuoteEvalResult run(Path goldDir, QuotePredictor system) {
        return run(goldDir, system, 0);
    }

    /** Scores the first {@code limit} texts by name (0: all), e.g. a subset of a large training folder. */
    public QuoteEvalResult run(Path goldDir, QuotePredictor system, int limit) {
        Map<String, Path> gold = firstTexts(goldFiles(goldDir), limit);
        QuoteCounts total = QuoteCounts.ZERO;
        List<QuoteEvalResult.TextResult> perText = new ArrayList<>();
        List<QuoteEvalResult.Failure> failures = new ArrayList<>();
        for (Map.Entry<String, Path> e : gold.entrySet()) {
            String name = e.getKey();
            Path textFile = goldDir.resolve("text").resolve(name + ".txt");
            try {
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                List<GoldAttribution> expected = BratAttributions.read(e.getValue());
                List<PredictedAttribution> predicted = system.predict(name, text);
                QuoteScorer.Scored scored = QuoteScorer.score(expected, predicted);
                total = total.plus(scored.counts());
                perText.add(new QuoteEvalResult.TextResult(name, scored.counts()));
                if (dumpDir != null) {
                    ErrorDump.write(dumpDir.resolve(name + ".txt"), text, expected, predicted, scored);
                }
            } catch (IOException ex) {
                failures.add(new QuoteEvalResult.Failure(name, "cannot read " + textFile + ": " + ex.getMessage()));
            } catch (RuntimeException ex) {
                failures.add(new QuoteEvalResult.Failure(name, ex.getClass().getSimpleName() + ": " + ex.getMessage()));
            }
        }
        return new QuoteEvalResult(system.name(), gold.size(), total, total.content(), total.attribution(), perText,
                failures);
    }

    static Map<String, Path> firstTexts(Map<String, Path> gold, int limit) {
        if (limit <= 0 || limit >= gold.size()) {
            return gold;
        }
        Map<String, Path> first = new TreeMap<>();
        for (Map.Entry<String, Path> e : gold.entrySet()) {
            if (first.size() == limit) {
                break;
            }
            first.put(e.getKey(), e.getValue());
        }
        return first;
    }

    /** Text name to its first annotation file by name; texts without an annotation are not gold. */
    static Map<String, Path> goldFiles(Path goldDir) {
        Path attributions = goldDir.resolve("attributions");
        Path texts = goldDir.resolve("text");
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            for (Path ann : files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String file = ann.getFileName().toString();
                int underscore = file.lastIndexOf('_');
                if (underscore < 0) {
                    continue;
                }
                String name = file.substring(0, underscore);
                if (Files.exists(texts.resolve(name + ".txt"))) {
                    first.putIfAbsent(name, ann);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + attributions + " (expected the PolNeAR layout)", e);
        }
        return first;
    }

    /**
     * {@code QuoteEval GOLD_DIR [--baseline corenlp] [--dump DIR] [--nlp-cache DIR]}: prints the
     * summary on stderr and the JSON result on stdout.
     */
    public static void main(String[] args) {
        Path gold = null;
        Path dump = null;
        Path cache = null;
        boolean baseline = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--baseline" -> {
                    if (!"corenlp".equals(args[++i])) {
                        throw new IllegalArgumentException("the only baseline is corenlp, not " + args[i]);
                    }
                    baseline = true;
                }
                case "--dump" -> dump = Path.of(args[++i]);
                case "--nlp-cache" -> cache = Path.of(args[++i]);
                default -> {
                    if (args[i].startsWith("--") || gold != null) {
                        throw new IllegalArgumentException("unknown argument " + args[i]);
                    }
                    gold = Path.of(args[i]);
                }
            }
        }
        if (gold == null) {
            throw new IllegalArgumentException("usage: QuoteEval GOLD_DIR [--baseline corenlp] [--dump DIR] [--nlp-cache DIR]");
        }
        final Path cacheDir = cache;
        QuotePredictor system = baseline ? new CoreNlpQuotePredictor()
                : new DatelinePredictor(cacheDir == null ? new CoreNlpAnnotator()
                : new CachingAnnotator(cacheDir, CoreNlpAnnotator::new));
        try (system) {
            QuoteEvalResult r = new QuoteEval(dump).run(gold, system);
            System.err.println(r.summary());
            for (QuoteEvalResult.Failure f : r.failures()) {
                System.err.println("failed: " + f.name() + ": " + f.problem());
            }
            System.out.println(r.toJson());
        }
    }
}
