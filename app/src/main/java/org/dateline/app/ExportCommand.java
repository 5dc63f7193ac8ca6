package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.Store;
import org.dateline.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Bulk export. csv, jsonl and parquet write one file per table into the folder OUT;",
                "gdelt (GDELT 2.0 event TSV, 61 columns) and plover (PLOVER JSON lines) write the events to the file OUT."})
final class ExportCommand extends StoreCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, jsonl, gdelt, plover or parquet.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output folder (csv, jsonl, parquet) or file (gdelt, plover).")
    Path out;

    private Exporter.Format parsed;

    @Override
    String usageProblem() {
        try {
            parsed = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    @Override
    int run(Store store, PrintWriter stdout, PrintWriter err) {
        List<Path> files;
        try {
            files = Exporter.export(store, parsed, out);
        } catch (IOException e) {
            err.println("dateline export: cannot write " + out + ": " + e.getMessage());
            return Main.USAGE;
        }
        for (Path f : files) {
            stdout.println(f);
        }
        return Main.OK;
    }
}
