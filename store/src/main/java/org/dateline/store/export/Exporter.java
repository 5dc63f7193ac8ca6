package org.dateline.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.AnalysisJson;
import org.dateline.store.EventQuery;
import org.dateline.store.RowSink;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Bulk exports. {@code csv}, {@code jsonl} and {@code parquet} write one file per table into the
 * folder {@code out}; {@code gdelt} (TSV) and {@code plover} (JSON lines) write the events to the file {@code out}.
 */
public final class Exporter {
    public enum Format { CSV, JSONL, PARQUET, GDELT, PLOVER;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format " + s + " (csv, jsonl, gdelt, plover or parquet)");
            }
        }
    }

    private Exporter() {
    }

    /** Writes the export; returns the files written. */
    public static List<Path> export(Store store, Format format, Path out) throws IOException {
        List<Path> written = new ArrayList<>();
        switch (format) {
            case GDELT, PLOVER -> {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    var events = store.events(EventQuery.ALL);
                    if (format == Format.GDELT) {
                        GdeltFormat.write(events, w);
                    } else {
                        PloverFormat.write(events, w);
                    }
                }
                written.add(out);
            }
            case CSV, JSONL, PARQUET -> {
                Files.createDirectories(out);
                for (String table : Store.TABLES) {
                    Path file = out.resolve(table + "." + format.name().toLowerCase(Locale.ROOT));
                    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                        store.exportTable(table, sink(format, os));
                    } catch (StoreException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        throw e;
                    }
                    written.add(file);
                }
            }
        }
        return written;
    }

    private static RowSink sink(Format format, OutputStream os) {
        return switch (format) {
            case CSV -> new CsvSink(new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)));
            case JSONL -> new JsonLinesSink(os);
            case PARQUET -> new ParquetSink(os);
            default -> throw new IllegalArgumentException(format + " is not a table format");
        };
    }

    /** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break. */
    private static final class CsvSink implements RowSink {
        private final Writer w;

        CsvSink(Writer w) {
            this.w = w;
        }

        @Override
        public void columns(List<String> names, List<ColumnType> types) throws IOException {
            w.write(String.join(",", names));
            w.write("\r\n");
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(csv(values[i]));
            }
            w.write("\r\n");
        }

        @Override
        public void end() throws IOException {
            w.flush();
        }

        static String csv(Object v) {
            if (v == null) {
                return "";
            }
            String s = v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                return "\"" + s.replace("\"", "\"\"") + "\"";
            }
            return s;
        }
    }

    private static final class JsonLinesSink implements RowSink {
        private final OutputStream os;
        private List<String> names;

        JsonLinesSink(OutputStream os) {
            this.os = os;
        }

        @Override
        public void columns(List<String> names, List<ColumnType> types) {
            this.names = names;
        }

        @Override
        public void row(Object[] values) throws IOException {
            try (JsonGenerator g = AnalysisJson.mapper().getFactory().createGenerator(os)) {
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    g.writeObjectField(names.get(i), values[i]);
                }
                g.writeEndObject();
            }
            os.write('\n');
        }
    }

    private static final class ParquetSink implements RowSink {
        private final OutputStream os;
        private ParquetFileWriter writer;

        ParquetSink(OutputStream os) {
            this.os = os;
        }

        @Override
        public void columns(List<String> names, List<ColumnType> types) throws IOException {
            writer = new ParquetFileWriter(os, names, types);
        }

        @Override
        public void row(Object[] values) throws IOException {
            writer.row(values);
        }

        @Override
        public void end() throws IOException {
            writer.close();
        }
    }
}
