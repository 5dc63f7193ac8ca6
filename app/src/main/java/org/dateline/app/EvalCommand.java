package org.dateline.app;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the pipeline against a gold set and prints metrics as JSON.",
        subcommands = {})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a gold set: dateline eval KIND --gold PATH");
    }
}
