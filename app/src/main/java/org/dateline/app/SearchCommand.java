package org.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.dateline.model.AnalysisJson;
import org.dateline.store.SearchHit;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over stored articles and quotes, best first. All words are required;",
                "\"a phrase\" must occur as written; OR between two words allows either. Matches show in [brackets]."})
final class SearchCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N hits. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    String usageProblem() {
        if (!oneOf(format, "table", "json")) {
            return "unknown --format " + format + " (table or json)";
        }
        return limit > 0 ? null : "--limit must be positive";
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        List<SearchHit> hits = store.search(String.join(" ", words), limit);
        if (format.equals("json")) {
            try {
                out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(hits));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            TextTable t = new TextTable("kind", "document", "quote", "title", "snippet", "path");
            for (SearchHit h : hits) {
                t.add(h.kind(), h.documentId(), h.ref(), h.title(), h.snippet(), h.path());
            }
            t.printTable(out, 100);
        }
        err.println(hits.size() + " hits");
        return Main.OK;
    }
}
