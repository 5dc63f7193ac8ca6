package org.dateline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the pipeline against a gold set and prints metrics as JSON.",
                "--floor METRIC=MIN (repeatable) makes the exit code 1 when a metric falls below MIN;",
                "METRIC is a dotted path into the printed JSON, e.g. attribution.f1."},
        subcommands = {EvalHtmlCommand.class, EvalTimeCommand.class, EvalQuotesCommand.class, EvalGeoCommand.class, EvalPetrarchCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a gold set: dateline eval KIND --gold PATH");
    }
}
