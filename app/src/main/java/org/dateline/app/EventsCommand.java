package org.dateline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.dateline.model.AnalysisJson;
import org.dateline.store.EventQuery;
import org.dateline.store.Store;
import org.dateline.store.StoredEvent;
import org.dateline.store.export.EventCsvFormat;
import org.dateline.store.export.GdeltFormat;
import org.dateline.store.export.PloverFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Stored events, one per real-world event with how many articles and outlets reported it.",
                "Filters combine with AND."})
final class EventsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "CODE|NAME", description = "CAMEO actor code prefix (IRN, IRNGOV) or name substring of either side.")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO event code prefix (04, 043).")
    String code;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type (CONSULT, ASSAULT, ...).")
    String plover;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    java.time.LocalDate to;

    @Option(names = "--place", paramLabel = "NAME|CC", description = "Place name substring or ISO country code.")
    String place;

    @Option(names = "--modality", paramLabel = "M", description = "asserted, claimed, negated, hypothetical, future or question.")
    String modality;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, csv, gdelt (GDELT 2.0 TSV) or plover (JSON lines). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "At most N events. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    String usageProblem() {
        if (!oneOf(format, "table", "json", "csv", "gdelt", "plover")) {
            return "unknown --format " + format + " (table, json, csv, gdelt or plover)";
        }
        if (modality != null && !oneOf(modality, "asserted", "claimed", "negated", "hypothetical", "future", "question")) {
            return "unknown --modality " + modality;
        }
        return limit > 0 ? null : "--limit must be positive";
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        List<StoredEvent> events = store.events(new EventQuery(actor, code, plover, from == null ? null : from.toString(),
                to == null ? null : to.toString(), place, modality, limit));
        try {
            switch (format) {
                case "gdelt" -> GdeltFormat.write(events, out);
                case "plover" -> PloverFormat.write(events, out);
                case "csv" -> EventCsvFormat.write(events, out);
                case "json" -> out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(events));
                default -> table(events, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println(events.size() + " events");
        return Main.OK;
    }

    private static void table(List<StoredEvent> events, PrintWriter out) {
        TextTable t = new TextTable(EventCsvFormat.COLUMNS.toArray(String[]::new));
        for (StoredEvent e : events) {
            t.add(EventCsvFormat.row(e).toArray());
        }
        t.printTable(out, 60);
    }
}
