package org.dateline.eval.geo;

import org.dateline.eval.CachingAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.places.Gazetteer;
import org.dateline.extract.places.Geoparser;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * Geoparsing evaluation on GeoWebNews or LGL (data README, "geo"): runs the annotator and the
 * geoparser on each article's raw text and scores every place mention against the gold toponyms.
 */
public final class GeoEval {
    private final Gazetteer gazetteer;
    private final Geoparser geoparser;
    private PrintWriter details;

    public GeoEval(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geoparser = new Geoparser(gazetteer);
    }

    /** Also writes each article's misses, false positives and far resolutions to {@code out}. */
    public GeoEval withDetails(PrintWriter out) {
        this.details = out;
        return this;
    }

    /** Scores the first {@code limit} articles of {@code goldFile} ({@code limit <= 0}: all of them). */
    public GeoEvalResult run(Path goldFile, Annotator annotator, int limit) throws IOException {
        List<GoldArticle> articles = GeoGoldReader.read(goldFile);
        if (limit > 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        GeoScorer scorer = new GeoScorer();
        List<GeoEvalResult.Failure> failures = new ArrayList<>();
        int unusable = 0;
        int demonyms = 0;
        for (GoldArticle gold : articles) {
            unusable += gold.unusableToponyms();
            // the gold sets count "Syrian" as a toponym; Dateline does not (a demonym is not a place mention)
            demonyms += (int) gold.toponyms().stream()
                    .filter(t -> t.hasCoordinates() && gazetteer.isDemonym(t.text())).count();
            List<PredictedToponym> predicted;
            try {
                AnnotatedText text = annotator.annotate(gold.text(), null);
                Article article = new Article(gold.text(), null, null, gold.outlet(), null, null, List.of(), List.of(), "en");
                predicted = predictions(geoparser.parse(text, article));
            } catch (RuntimeException e) {
                failures.add(new GeoEvalResult.Failure(gold.id(), e.toString()));
                continue;
            }
            scorer.add(gold.toponyms(), predicted);
            if (details != null) {
                GeoDetails.write(details, gold, predicted);
            }
        }
        return GeoEvalResult.of(goldFile.getFileName().toString(), articles.size(), unusable, demonyms, scorer, failures);
    }


    static List<PredictedToponym> predictions(List<Place> places) {
        List<PredictedToponym> out = new ArrayList<>();
        for (Place p : places) {
            for (Span m : p.mentions()) {
                out.add(new PredictedToponym(m.begin(), m.end(), p.lat(), p.lon(),
                        p.name() + " " + p.country() + " " + p.featureCode()));
            }
        }
        return out;
    }

    /**
     * {@code GeoEval GOLD.xml... [--limit N] [--details FILE] [--cache DIR]}: prints one JSON result
     * per file. Loads CoreNLP once (run with -Xmx5g); {@code --cache} keeps annotations between runs.
     */
    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        int limit = 0;
        Path detailsFile = null;
        Path cacheDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--details" -> detailsFile = Path.of(args[++i]);
                case "--cache" -> cacheDir = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: GeoEval GOLD.xml... [--limit N] [--details FILE] [--cache DIR]");
            System.exit(2);
        }
        GeoEval eval = new GeoEval(Gazetteer.bundled());
        Path cache = cacheDir;
        try (Annotator annotator = cache == null ? new CoreNlpAnnotator() : new CachingAnnotator(cache, CoreNlpAnnotator::new);
             PrintWriter details = detailsFile == null ? null
                     : new PrintWriter(Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8))) {
            if (details != null) {
                eval.withDetails(details);
            }
            for (Path f : files) {
                GeoEvalResult r = eval.run(f, annotator, limit);
                System.out.println(r.toJson());
                System.err.println(r.summary());
            }
        }
    }
}
