package org.dateline.app;

import java.util.function.Supplier;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline}: the one entry point. Data on stdout; progress and errors on stderr. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0 (record contract v1)",
        description = "Turns news articles into a sourced, queryable record of who did and said what, where and when.",
        subcommands = {AnalyzeCommand.class, ValidateCommand.class, BenchCommand.class, EvalCommand.class, IngestCommand.class, EventsCommand.class,
                QuotesCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes of spec/CLI.md. */
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        return commandLine(CoreNlpAnnotator::new);
    }

    /**
     * The command line with the NLP models it should use, loaded on first need: the real CoreNLP
     * pipeline, or in tests the one pipeline the test JVM shares.
     */
    public static CommandLine commandLine(Supplier<Annotator> models) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = defaults.create(cls);
                if (made instanceof NeedsModels n) {
                    n.useModels(models);
                }
                return made;
            }
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + describe(ex));
            return USAGE;
        });
        return cl;
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
