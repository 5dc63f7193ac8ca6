package org.dateline.store;

import java.io.IOException;
import java.util.List;

/** Receives a table: its column names once, then each row's values (String, Long, Double or null). */
public interface RowSink {
    void columns(List<String> names, List<ColumnType> types) throws IOException;

    void row(Object[] values) throws IOException;

    /** After the last row: write what a format keeps for its end (a footer) and flush. */
    default void end() throws IOException {
    }

    enum ColumnType { TEXT, INTEGER, REAL }
}
