package org.dateline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.extract.Analyzer;
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

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyzes documents and stores them. Idempotent: documents whose bytes are already stored are",
                "skipped before analysis, so re-running an interrupted ingest finishes the rest quickly.",
                "PATH is a file, a folder (read recursively), an RSS or Atom feed (one document per item), a WARC file",
                "(one per HTML page), a .jsonl file (one per line), any of them gzipped, or - for stdin.",
                "Each document that fails is named on stderr; the last line counts them, and the exit code is 1."})
final class IngestCommand extends StoreCommand implements NeedsModels {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalyzerOptions analysis = new AnalyzerOptions();

    private ActorDictionaries dictionaries;
    private Supplier<Annotator> models = CoreNlpAnnotator::new;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Override
    String usageProblem() {
        String problem = input.problem();
        if (problem != null) {
            return problem;
        }
        try {
            dictionaries = analysis.dictionaries(spec.commandLine().getErr());
            analysis.loadGazetteer(spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        ModelStep step = new ModelStep(input.documentType(), input.readOptions(),
                () -> analysis.load(models, dictionaries, err));
        Progress progress = new Progress(err, System.console() != null, countDocuments(input.paths));
        Ingester ingester = new Ingester(store, step, progress, Math.max(1, analysis.threads));
        try (ingester) {
            input.walk(System.in, ingester, err);
        }
        progress.finish();
        out.println(ingester.stored() + " stored, " + ingester.skipped() + " already stored, " + ingester.failed()
                + " failed, in " + store.location());
        if (ingester.failed() > 0) {
            InputOptions.reportFailures(err, "ingest", ingester.failed(),
                    ingester.stored() + ingester.skipped() + ingester.failed());
            return Main.SOME_FAILED;
        }
        return Main.OK;
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
            var read = readers().read(document, forcedType, options);
            try {
                return analyzer().analyze(read);
            } catch (RuntimeException e) {
                throw new org.dateline.ingest.DocumentException(document.path(), "analysis failed: " + e, e);
            }
        }

        // called from the worker threads: the first caller loads, the others wait for it
        private synchronized ReaderRegistry readers() {
            if (readers == null) {
                readers = new ReaderRegistry();
            }
            return readers;
        }

        private synchronized Analyzer analyzer() {
            if (analyzer == null) {
                analyzer = loader.get();
            }
            return analyzer;
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
