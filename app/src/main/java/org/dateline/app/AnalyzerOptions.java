package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dateline.extract.Analyzer;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.PetrarchActorDictionary;
import org.dateline.extract.places.Gazetteer;
import org.dateline.nlp.Annotator;
import org.dateline.ingest.OrderedWorkers;
import picocli.CommandLine.Option;

/** Options of the commands that analyze: the user's own actor dictionaries. Builds the one Analyzer. */
final class AnalyzerOptions {
    @Option(names = "--actors-dict", paramLabel = "PATH",
            description = {"PETRARCH/Phoenix actor, agent and discard dictionaries (a file, or a folder holding",
                    "*actors*, *agents*, *discards* files) used after the built-in ones; date-restricted codes are",
                    "resolved by each article's date, and the article's own words win over them."})
    Path actorsDict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analyzed at once; output stays in input order. Default: one per core.")
    int threads = OrderedWorkers.defaultThreads();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = {"A GeoNames dump (allCountries.txt, cities500.txt or the like; plain or .gz) to geocode",
                    "with instead of the bundled gazetteer of places over 1,000 people."})
    Path gazetteerDump;

    private Gazetteer gazetteer;

    /**
     * Reads the user's GeoNames dump now, if one was given, so that a bad file fails before any analysis.
     * @throws IllegalArgumentException naming the file and the problem (a usage error)
     */
    void loadGazetteer(PrintWriter err) {
        if (gazetteerDump == null) {
            return;
        }
        try {
            err.println("reading gazetteer " + gazetteerDump + "...");
            err.flush();
            gazetteer = Gazetteer.fromGeoNamesDump(gazetteerDump);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--gazetteer " + gazetteerDump + ": " + e.getMessage(), e);
        }
    }

    /**
     * The dictionaries, read now so that a bad path fails before any document is analyzed.
     * @throws IllegalArgumentException naming the path and the problem (a usage error)
     */
    ActorDictionaries dictionaries(PrintWriter err) {
        ActorDictionaries defaults = ActorDictionaries.defaults();
        if (actorsDict == null) {
            return defaults;
        }
        try {
            PetrarchActorDictionary petrarch = PetrarchActorDictionary.load(actorsDict);
            if (!petrarch.problems().isEmpty()) {
                err.println("warning: " + petrarch.problems().size() + " entries of " + actorsDict
                        + " were skipped, e.g. " + petrarch.problems().get(0));
            }
            return defaults.withPetrarch(petrarch);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new IllegalArgumentException("--actors-dict: " + e.getMessage(), e);
        }
    }

    /** Loads the models and builds the analyzer, saying on stderr how long loading took. */
    Analyzer load(Supplier<Annotator> models, ActorDictionaries dictionaries, PrintWriter err) {
        err.println("loading language models...");
        err.flush();
        long start = System.nanoTime();
        Annotator annotator = models.get();
        err.printf("models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        err.flush();
        return new Analyzer(annotator, dictionaries, gazetteer != null ? gazetteer : Gazetteer.bundled());
    }
}
