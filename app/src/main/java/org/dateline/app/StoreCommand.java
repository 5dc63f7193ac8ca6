package org.dateline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.Stores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the commands over the store share: {@code --db}, and turning a database that cannot be opened
 * (corrupt, locked, unreachable) into a message naming it and exit 2; a malformed URL is a usage error.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL",
            description = "The store: a SQLite file (default ./dateline-data/dateline.db) or postgresql://user:pass@host:port/db.")
    String db;

    /** Runs the command against the open store; returns the exit code. */
    abstract int run(Store store, PrintWriter out, PrintWriter err);

    /** Checks the options before the store is opened; a message makes it a usage error. */
    String usageProblem() {
        return null;
    }

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = "dateline " + spec.name() + ": ";
        String problem = usageProblem();
        if (problem != null) {
            err.println(name + problem);
            return Main.USAGE;
        }
        Store store;
        try {
            store = Stores.open(db);
        } catch (IllegalArgumentException e) {
            err.println(name + e.getMessage());
            return Main.USAGE;
        } catch (StoreException e) {
            err.println(name + e.getMessage());
            return Main.USAGE;
        }
        try (store) {
            int code = run(store, spec.commandLine().getOut(), err);
            spec.commandLine().getOut().flush();
            return code;
        } catch (StoreException e) {
            err.println(name + e.getMessage());
            return Main.USAGE;
        }
    }

    static boolean oneOf(String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
