package org.dateline.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return runWith(Main.commandLine(), args);
    }

    /** Runs with the test JVM's one shared CoreNLP pipeline (slow tests only). */
    static Cli runAnalyzing(String... args) {
        return runWith(Main.commandLine(org.dateline.nlp.SharedPipeline::get), args);
    }

    private static Cli runWith(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
