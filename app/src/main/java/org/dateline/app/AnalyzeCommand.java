package org.dateline.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.MediaTypes;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Prints the analysis record of each document, in input order (spec/ANALYSIS.md).",
                "PATH is a file, a folder (read recursively), a .jsonl file (one document per line) or - for stdin."})
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that have none; completes a dateline without a year.")
    LocalDate date;

    @Option(names = "--type", defaultValue = "auto", paramLabel = "TYPE",
            description = "auto (detect from content), text, html or pdf. Default: ${DEFAULT-VALUE}.")
    String type;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (indented, one object per document) or jsonl (one line per document). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--max-bytes", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl files, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("json") && !format.equals("jsonl")) {
            err.println("dateline analyze: unknown --format " + format + " (json or jsonl)");
            return Main.USAGE;
        }
        String forcedType;
        try {
            forcedType = MediaTypes.forTypeOption(type);
        } catch (IllegalArgumentException e) {
            err.println("dateline analyze: " + e.getMessage());
            return Main.USAGE;
        }
        String missing = InputWalker.firstMissing(paths);
        if (missing != null) {
            err.println("dateline analyze: no such file or folder: " + missing);
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
        Pipeline pipeline = new Pipeline(forcedType, new ReadOptions(date, maxBytes), dictionaries, err);
        new InputWalker(maxBytes, System.in).walk(paths, pipeline);
        err.flush();
        if (pipeline.failed > 0) {
            err.println("dateline analyze: " + pipeline.failed + " of " + (pipeline.failed + pipeline.done)
                    + " documents failed");
            return Main.SOME_FAILED;
        }
        return Main.OK;
    }

    /** Reads, analyzes and prints each document as it comes; loads the models at the first document. */
    private final class Pipeline implements DocumentSink {
        private final String forcedType;
        private final ReadOptions options;
        private final ActorDictionaries dictionaries;
        private final PrintWriter err;
        private final ReaderRegistry readers = new ReaderRegistry();
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
            Analysis analysis;
            try {
                analysis = analyzer().analyze(doc);
            } catch (RuntimeException e) {
                failed(new DocumentException(source.path(), "analysis failed: " + e));
                return;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(AnalysisJson.toJson(analysis, format.equals("json")));
            out.flush();
            done++;
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
