package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.store.EventReport;
import org.dateline.store.StoredEvent;

/**
 * Events as RFC 4180 CSV, one row per real-world event: who did what to whom, when, where, how often it
 * was reported, the modalities it was reported with, the first report's evidence sentence and URL.
 */
public final class EventCsvFormat {
    public static final List<String> COLUMNS = List.of("id", "date", "source", "target", "cameo", "plover", "place",
            "mentions", "sources", "articles", "modality", "evidence", "url");

    private EventCsvFormat() {
    }

    public static void write(List<StoredEvent> events, Writer out) throws IOException {
        out.write(line(COLUMNS));
        for (StoredEvent e : events) {
            out.write(line(row(e)));
        }
        out.flush();
    }

    /** The cells of one event in {@link #COLUMNS} order; empty strings for what is unknown. */
    public static List<String> row(StoredEvent e) {
        EventReport first = e.reports().isEmpty() ? null : e.reports().get(0);
        List<Object> cells = List.of(e.id(), text(e.date()), side(e.sourceCode(), e.sourceName()),
                side(e.targetCode(), e.targetName()), e.cameo(), text(e.plover()),
                e.place() == null ? "" : text(e.place().name()), e.numMentions(), e.numSources(), e.numArticles(),
                e.reports().stream().map(EventReport::modality).distinct().collect(Collectors.joining(",")),
                first == null || first.evidence() == null ? "" : first.evidence().text(), text(e.sourceUrl()));
        List<String> out = new ArrayList<>(cells.size());
        cells.forEach(c -> out.add(c.toString()));
        return out;
    }

    private static String side(String code, String name) {
        if (code == null) {
            return text(name);
        }
        return name == null ? code : code + " (" + name + ")";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return b.append("\r\n").toString();
    }
}
