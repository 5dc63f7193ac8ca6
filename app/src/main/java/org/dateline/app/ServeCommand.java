package org.dateline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.dateline.app.web.WebServer;
import org.dateline.extract.Analyzer;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import org.dateline.store.StoreException;
import org.dateline.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Serves the store read-only: the JSON API under /api and the web page at /. Prints the URL on stdout,
 * runs until Ctrl-C (or until its thread is interrupted), then stops the server and closes the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"REST API (JSON, under /api) and web interface over the store, read-only.",
                "Prints the URL on stdout and runs until Ctrl-C."})
final class ServeCommand implements Callable<Integer>, NeedsModels {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalyzerOptions analysis = new AnalyzerOptions();

    @Option(names = "--allow-analyze",
            description = {"Also answer POST /api/analyze (a document in, its record out, nothing stored).",
                    "The language models load at the first such request."})
    boolean allowAnalyze;

    private Supplier<Annotator> models = CoreNlpAnnotator::new;

    @Override
    public void useModels(Supplier<Annotator> models) {
        this.models = models;
    }

    @Option(names = "--db", paramLabel = "URL",
            description = "The store: a SQLite file (default ./dateline-data/dateline.db) or postgresql://user:pass@host:port/db.")
    String db;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--connections", defaultValue = "4", paramLabel = "N",
            description = "Database connections for concurrent requests. Default: ${DEFAULT-VALUE}.")
    int connections;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || connections <= 0) {
            err.println("dateline serve: --port must be 0 to 65535 and --connections positive");
            return Main.USAGE;
        }
        Supplier<Analyzer> analyzer = null;
        if (allowAnalyze) {
            ActorDictionaries dictionaries;
            try {
                analysis.loadGazetteer(err);
                dictionaries = analysis.dictionaries(err);
            } catch (IllegalArgumentException e) {
                err.println("dateline serve: " + e.getMessage());
                return Main.USAGE;
            }
            analyzer = () -> analysis.load(models, dictionaries, err);
        }
        WebServer server = new WebServer(() -> Stores.open(db), connections, analyzer);
        int bound;
        String location;
        try {
            location = server.checkStore();
            bound = server.start(host, port);
        } catch (IllegalArgumentException | StoreException e) {
            server.close();
            err.println("dateline serve: " + e.getMessage());
            return Main.USAGE;
        } catch (RuntimeException e) {
            // Javalin reports a port in use (or a bad address) as its own exception, with the cause inside
            server.close();
            err.println("dateline serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dateline-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println("serving " + location + " (read-only" + (allowAnalyze ? "; POST /api/analyze on" : "") + "); Ctrl-C stops");
        err.flush();
        out.println("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound + "/");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
