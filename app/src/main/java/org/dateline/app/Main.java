package org.dateline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline}: the one entry point. Data on stdout; progress and errors on stderr. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0 (record contract v1)",
        description = "Turns news articles into a sourced, queryable record of who did and said what, where and when.",
        subcommands = {AnalyzeCommand.class, ValidateCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
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
        CommandLine cl = new CommandLine(new Main());
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
