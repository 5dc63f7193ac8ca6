package org.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.dateline.model.AnalysisJson;
import org.dateline.store.QuoteQuery;
import org.dateline.store.Store;
import org.dateline.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Stored quotes with their speakers, the outlets they came through and the articles they are in.")
final class QuotesCommand extends StoreCommand {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker name substring.")
    String speaker;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words that must all occur in the quote.")
    String text;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "At most N quotes. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    String usageProblem() {
        if (!oneOf(format, "table", "json", "csv")) {
            return "unknown --format " + format + " (table, json or csv)";
        }
        return limit > 0 ? null : "--limit must be positive";
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        List<StoredQuote> quotes = store.quotes(new QuoteQuery(speaker, text, limit));
        if (format.equals("json")) {
            try {
                out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(quotes));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            TextTable t = new TextTable("speaker", "quote", "kind", "via", "outlet", "published", "url");
            for (StoredQuote q : quotes) {
                t.add(q.speakerName(), q.content().text(), q.kind(), String.join("; ", q.reportedBy()), q.outlet(),
                        q.published(), q.url() != null ? q.url() : q.path());
            }
            if (format.equals("csv")) {
                t.printCsv(out);
            } else {
                t.printTable(out, 70);
            }
        }
        err.println(quotes.size() + " quotes");
        return Main.OK;
    }
}
