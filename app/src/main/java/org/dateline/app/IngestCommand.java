package org.dateline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import org.dateline.store.Ingester;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import java.util.function.Supplier;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.nlp.Annotator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyzes documents and stores them. Idempotent: documents whose bytes are already stored are",
                "skipped before analysis, so re-running an interrupted ingest finishes the rest quickly.",
                "PATH is a file, a folder (read recursively), a .jsonl file (one document per line) or - for stdin."})
final class IngestCommand extends StoreCommand implements NeedsModels {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for documents that have none.")
    LocalDate date;

    @Option(names = "--type", defaultValue = "auto", paramLabel = "TYPE",
            description = "auto (detect from content), text, html or pdf. Default: ${DEFAULT-VALUE}.")
    String type;

    @Option(names = "--max-bytes", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl files, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Mixin
    AnalyzerOptions analysis = new AnalyzerOptions();

    private String forcedType;
    private ActorDictionaries dictionaries;
    private Supplier<Annotator> models = CoreNlpAnnotator::new;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Override
    String usageProblem() {
        try {
            forcedType = MediaTypes.forTypeOption(type);
            dictionaries = analysis.dictionaries(spec.commandLine().getErr());
            analysis.loadGazetteer(spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String missing = InputWalker.firstMissing(paths);
        return missing == null ? null : "no such file or folder: " + missing;
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        ReadOptions options = new ReadOptions(date, maxBytes);
        ModelStep step = new ModelStep(forcedType, options, () -> analysis.load(models, dictionaries, err));
        Progress progress = new Progress(err, System.console() != null, countDocuments(paths));
        Ingester ingester = new Ingester(store, step, progress);
        new InputWalker(maxBytes, System.in).walk(paths, ingester);
        progress.finish();
        out.println(ingester.stored() + " stored, " + ingester.skipped() + " already stored, " + ingester.failed()
                + " failed, in " + store.location());
        return ingester.failed() > 0 ? Main.SOME_FAILED : Main.OK;
    }

    /** Reading and analysis with the real models, loaded at the first document that needs them (none on a re-run). */
    private static final class ModelStep implements Ingester.AnalysisStep {
        private final String forcedType;
        private final ReadOptions options;
        private final Supplier<Analyzer> loader;
        private ReaderRegistry readers;
        private Analyzer analyzer;

        ModelStep(String forcedType, ReadOptions options, Supplier<Analyzer> loader) {
            this.forcedType = forcedType;
            this.options = options;
            this.loader = loader;
        }

        @Override
        public Analysis analyze(SourceDocument document) throws org.dateline.ingest.DocumentException {
            if (readers == null) {
                readers = new ReaderRegistry();
            }
            var read = readers.read(document, forcedType, options);
            if (analyzer == null) {
                analyzer = loader.get();
            }
            try {
                return analyzer.analyze(read);
            } catch (RuntimeException e) {
                throw new org.dateline.ingest.DocumentException(document.path(), "analysis failed: " + e, e);
            }
        }
    }

    /** How many documents the paths hold, for the ETA: files, plus the lines of .jsonl files. 0 when unknown. */
    static long countDocuments(List<String> paths) {
        long n = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                n++;
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(p))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    n += f.toString().endsWith(".jsonl") ? lines(f) : 1;
                }
            } catch (IOException | UncheckedIOException e) {
                // the walk itself reports unreadable folders; the count only feeds the ETA
                return 0;
            }
        }
        return n;
    }

    private static long lines(Path f) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
