package org.dateline.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.dateline.eval.html.HtmlEvalResult.Failure;
import org.dateline.eval.html.HtmlEvalResult.PageResult;
import org.dateline.eval.html.HtmlEvalResult.SystemResult;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.ingest.html.HtmlReader;
import org.dateline.model.Article;
import org.dateline.model.SectionKind;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Scores article-body extraction on the benchmark layout ({@code ground-truth.json} with
 * {@code {id: {articleBody, url}}} and {@code pages/ID.html.gz}): our {@link HtmlReader}, whose body is
 * the text of its paragraph sections, and boilerpipe's ArticleExtractor as the baseline.
 */
public final class HtmlEval {
    /** One way of getting an article body out of a page's bytes. */
    interface BodyExtractor {
        String name();

        String body(String id, String url, byte[] page) throws ExtractionFailure;
    }

    /** An extractor gave up on a page; the page is scored as an empty prediction. */
    static final class ExtractionFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ExtractionFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<BodyExtractor> extractors;

    public HtmlEval() {
        this(List.of(new DatelineExtractor(new HtmlReader()), new BoilerpipeExtractor()));
    }

    HtmlEval(List<BodyExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** Runs every extractor over the pages of {@code goldDir}; a page one extractor fails on counts as empty for it. */
    public HtmlEvalResult run(Path goldDir) throws IOException {
        Map<String, JsonNode> truth = readTruth(goldDir.resolve("ground-truth.json"));
        List<SystemResult> systems = new ArrayList<>();
        for (BodyExtractor extractor : extractors) {
            systems.add(runOne(extractor, goldDir, truth, null));
        }
        return new HtmlEvalResult(truth.size(), systems);
    }

    /** Like {@link #run} for our reader only, writing each predicted body to {@code dumpDir/ID.txt} for inspection. */
    SystemResult runDateline(Path goldDir, Path dumpDir) throws IOException {
        Map<String, JsonNode> truth = readTruth(goldDir.resolve("ground-truth.json"));
        return runOne(extractors.get(0), goldDir, truth, dumpDir);
    }

    private SystemResult runOne(BodyExtractor extractor, Path goldDir, Map<String, JsonNode> truth, Path dumpDir)
            throws IOException {
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        List<PageResult> perPage = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : truth.entrySet()) {
            String id = entry.getKey();
            String trueBody = entry.getValue().path("articleBody").asText("");
            String url = entry.getValue().path("url").asText(null);
            byte[] page = readPage(goldDir.resolve("pages").resolve(id + ".html.gz"));
            String predicted;
            try {
                predicted = extractor.body(id, url, page);
            } catch (ExtractionFailure e) {
                failures.add(new Failure(id, e.getMessage()));
                predicted = "";
            }
            if (dumpDir != null) {
                Files.createDirectories(dumpDir);
                Files.writeString(dumpDir.resolve(id + ".txt"), predicted);
            }
            ShingleScorer.PageScore s = ShingleScorer.score(trueBody, predicted);
            scores.add(s);
            perPage.add(new PageResult(id, s.precision(), s.recall()));
        }
        ShingleScorer.Totals t = ShingleScorer.totals(scores);
        return new SystemResult(extractor.name(), t.precision(), t.recall(), t.f1(), perPage, failures);
    }

    private static Map<String, JsonNode> readTruth(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static byte[] readPage(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /**
     * Our reader: the predicted body is the text of the body's sections in order (paragraphs, the
     * dateline, captions), without the headline and byline the benchmark's bodies leave out.
     */
    static final class DatelineExtractor implements BodyExtractor {
        private static final java.util.Set<SectionKind> BODY = java.util.EnumSet.of(SectionKind.PARAGRAPH,
                SectionKind.DATELINE, SectionKind.CAPTION);
        private final HtmlReader reader;

        DatelineExtractor(HtmlReader reader) {
            this.reader = reader;
        }

        @Override
        public String name() {
            return "dateline";
        }

        @Override
        public String body(String id, String url, byte[] page) throws ExtractionFailure {
            DocumentMetadata meta = new DocumentMetadata(id, url, null, null, null, HtmlReader.MEDIA_TYPE);
            try {
                Article article = reader.read(new SourceDocument(id + ".html", page, meta), ReadOptions.DEFAULTS).article();
                return article.sections().stream().filter(sec -> BODY.contains(sec.kind()))
                        .map(sec -> article.text().substring(sec.begin(), sec.end())).collect(Collectors.joining("\n\n"));
            } catch (DocumentException e) {
                throw new ExtractionFailure(e.getMessage(), e);
            }
        }
    }

    /** boilerpipe 1.2's ArticleExtractor, letting its HTML parser find the encoding itself. */
    static final class BoilerpipeExtractor implements BodyExtractor {
        @Override
        public String name() {
            return "boilerpipe";
        }

        @Override
        public String body(String id, String url, byte[] page) throws ExtractionFailure {
            try {
                return ArticleExtractor.INSTANCE.getText(new InputSource(new ByteArrayInputStream(page)));
            } catch (BoilerpipeProcessingException | RuntimeException e) {
                throw new ExtractionFailure("boilerpipe failed on " + id + ": " + e, e);
            }
        }
    }

    /**
     * {@code HtmlEval GOLD_DIR [--json FILE] [--dump DIR]}: prints both extractors' scores; {@code --dump}
     * writes our predicted bodies for inspection.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: HtmlEval GOLD_DIR [--json FILE] [--dump DIR]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        Path json = null;
        Path dump = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--json" -> json = Path.of(args[i + 1]);
                case "--dump" -> dump = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HtmlEval eval = new HtmlEval();
        if (dump != null) {
            SystemResult ours = eval.runDateline(gold, dump);
            System.out.printf("dateline     precision=%.4f recall=%.4f F1=%.4f failures=%d%n",
                    ours.precision(), ours.recall(), ours.f1(), ours.failures().size());
            ours.perPage().stream()
                    .sorted((a, b) -> Double.compare(f1(a), f1(b)))
                    .limit(25)
                    .forEach(p -> System.out.printf("  %s P=%.3f R=%.3f%n", p.id(), p.precision(), p.recall()));
            ours.failures().forEach(f -> System.out.println("  FAILED " + f.id() + ": " + f.problem()));
            return;
        }
        HtmlEvalResult result = eval.run(gold);
        System.out.print(result.summary());
        if (json != null) {
            Files.writeString(json, result.toJson());
        }
    }

    private static double f1(PageResult p) {
        double s = p.precision() + p.recall();
        return s == 0 ? 0 : 2 * p.precision() * p.recall() / s;
    }
}
