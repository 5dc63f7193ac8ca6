package org.dateline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.OrderedWorkers;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import java.util.function.Supplier;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import org.dateline.extract.actors.ActorDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Prints the analysis record of each document, in input order (spec/ANALYSIS.md).",
                "PATH is a file, a folder (read recursively), an RSS or Atom feed (one document per item), a WARC file",
                "(one per HTML page), a .jsonl file (one per line), any of them gzipped, or - for stdin.",
                "Each document that fails is named on stderr; the last line counts them, and the exit code is 1."})
final class AnalyzeCommand implements Callable<Integer>, NeedsModels {
    @Spec
    CommandSpec spec;

    private Supplier<Annotator> models = CoreNlpAnnotator::new;

    @Mixin
    AnalyzerOptions analysis = new AnalyzerOptions();

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (indented, one object per document) or jsonl (one line per document). Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("json") && !format.equals("jsonl")) {
            err.println("dateline analyze: unknown --format " + format + " (json or jsonl)");
            return Main.USAGE;
        }
        String problem = input.problem();
        if (problem != null) {
            err.println("dateline analyze: " + problem);
            return Main.USAGE;
        }
        ActorDictionaries dictionaries;
        try {
            dictionaries = analysis.dictionaries(err);
            analysis.loadGazetteer(err);
        } catch (IllegalArgumentException e) {
            err.println("dateline analyze: " + e.getMessage());
            return Main.USAGE;
        }
        if (analysis.threads < 1) {
            err.println("dateline analyze: --threads must be at least 1");
            return Main.USAGE;
        }
        Pipeline pipeline = new Pipeline(input.documentType(), input.readOptions(), dictionaries, err);
        try (pipeline.workers) {
            input.walk(System.in, pipeline, err);
        }
        err.flush();
        if (pipeline.failed > 0) {
            InputOptions.reportFailures(err, "analyze", pipeline.failed, pipeline.failed + pipeline.done);
            return Main.SOME_FAILED;
        }
        return Main.OK;
    }

    /**
     * Reads each document as it comes and analyzes it on a worker; records are printed in input
     * order. Loads the models at the first document.
     */
    private final class Pipeline implements DocumentSink {
        private final String forcedType;
        private final ReadOptions options;
        private final ActorDictionaries dictionaries;
        private final PrintWriter err;
        private final ReaderRegistry readers = new ReaderRegistry();
        private final OrderedWorkers<Analysis> workers = new OrderedWorkers<>(analysis.threads);
        private Analyzer analyzer;
        int done;
        int failed;

        Pipeline(String forcedType, ReadOptions options, ActorDictionaries dictionaries, PrintWriter err) {
            this.dictionaries = dictionaries;
            this.forcedType = forcedType;
            this.options = options;
            this.err = err;
        }

        @Override
        public void accept(SourceDocument source) {
            ReadDocument doc;
            try {
                doc = readers.read(source, forcedType, options);
            } catch (DocumentException e) {
                failed(e);
                return;
            }
            Analyzer analyzer = analyzer();
            workers.submit(() -> analyzer.analyze(doc), (record, problem) -> {
                if (problem != null) {
                    failed(new DocumentException(source.path(), "analysis failed: " + problem));
                    return;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(AnalysisJson.toJson(record, format.equals("json")));
                out.flush();
                done++;
            });
        }

        @Override
        public void failed(DocumentException problem) {
            err.println("error: " + problem.getMessage());
            err.flush();
            failed++;
        }

        private Analyzer analyzer() {
            if (analyzer == null) {
                analyzer = analysis.load(models, dictionaries, err);
            }
            return analyzer;
        }
    }
}
