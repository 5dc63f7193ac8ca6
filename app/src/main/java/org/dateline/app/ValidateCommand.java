package org.dateline.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.dateline.model.SpanCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks analysis records (json or jsonl, from a file or - for stdin): each must parse as",
                "contract v1, and every span must point at its own text. Prints a summary; exit 1 if any is invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int records = 0;
        int invalid = 0;
        for (String f : files) {
            if (!f.equals("-") && !Files.isRegularFile(Path.of(f))) {
                err.println("dateline validate: no such file: " + f);
                return Main.USAGE;
            }
            try (InputStream in = f.equals("-") ? System.in : Files.newInputStream(Path.of(f));
                 JsonParser parser = AnalysisJson.mapper().createParser(in);
                 MappingIterator<Analysis> it = AnalysisJson.mapper().readValues(parser, Analysis.class)) {
                while (true) {
                    Analysis a;
                    try {
                        if (!it.hasNextValue()) {
                            break;
                        }
                        a = it.nextValue();
                    } catch (IOException | RuntimeJsonMappingException e) {
                        err.println(f + ": record " + (records + 1) + " is not a valid record: " + e.getMessage());
                        records++;
                        invalid++;
                        break;
                    }
                    records++;
                    List<String> problems = SpanCheck.problems(a);
                    if (!problems.isEmpty()) {
                        invalid++;
                        err.println(f + ": " + a.document().path() + ": " + String.join("; ", problems));
                    }
                }
            }
        }
        spec.commandLine().getOut().println(records + " records, " + invalid + " invalid");
        return invalid == 0 && records > 0 ? Main.OK : Main.SOME_FAILED;
    }
}
