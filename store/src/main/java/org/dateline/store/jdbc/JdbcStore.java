package org.dateline.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.dateline.store.ArticleSummary;
import org.dateline.store.DocumentKey;
import org.dateline.store.EventQuery;
import org.dateline.store.QuoteQuery;
import org.dateline.store.RowSink;
import org.dateline.store.SearchHit;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.StoreStats;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredQuote;

/**
 * The store over one JDBC connection; the two databases differ only in their {@link Dialect} and
 * in how the connection is opened (subclasses). Every SQL failure becomes a {@link StoreException}
 * naming the database.
 */
public abstract class JdbcStore implements Store {
    private static final Map<String, String> ORDER = Map.of("mentions", "document_id, owner_kind, owner_id, begin_pos",
            "entities", "document_id, entity_id", "places", "document_id, place_id", "times", "document_id, time_id",
            "quotes", "document_id, quote_id", "articles", "document_id");
    protected final Connection connection;
    private final Dialect dialect;
    private final String location;

    protected JdbcStore(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    /** Brings the schema up to date; subclasses call it once the connection is configured. */
    protected final void migrate() {
        run("preparing the schema", () -> Migrations.migrate(connection, dialect, location));
    }

    @Override
    public String location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The schema version the database is at. */
    public int schemaVersion() {
        return run("reading the schema version", () -> Migrations.currentVersion(connection));
    }

    @Override
    public boolean contains(String sha256) {
        return run("looking up a document", () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
                p.setString(1, sha256);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public boolean put(Analysis analysis, DocumentKey key) {
        return run("storing " + analysis.document().path(), () -> {
            connection.setAutoCommit(false);
            try {
                AnalysisWriter writer = new AnalysisWriter(connection);
                Long doc = writer.insertDocument(analysis, key);
                if (doc == null) {
                    connection.rollback();
                    return false;
                }
                writer.insertContent(doc, analysis, key);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException again) {
            cause.addSuppressed(again);
        }
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        return run("querying events", () -> new StoreReader(connection, dialect).events(query));
    }

    @Override
    public List<StoredQuote> quotes(QuoteQuery query) {
        return run("querying quotes", () -> new StoreReader(connection, dialect).quotes(query));
    }

    @Override
    public long countEvents(EventQuery query) {
        return run("counting events", () -> new StoreReader(connection, dialect).countEvents(query));
    }

    @Override
    public long countQuotes(QuoteQuery query) {
        return run("counting quotes", () -> new StoreReader(connection, dialect).countQuotes(query));
    }

    @Override
    public long countArticles() {
        return run("counting articles", () -> new StoreReader(connection, dialect).count("SELECT COUNT(*) FROM articles", List.of()));
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        }
        return run("listing articles", () -> new SummaryReader(connection).articles(offset, limit));
    }

    @Override
    public StoreStats stats(int top) {
        if (top <= 0) {
            throw new IllegalArgumentException("top must be positive");
        }
        Map<String, Long> rows = rowCounts();
        return run("computing statistics", () -> new SummaryReader(connection).stats(rows, top));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return run("searching for " + query, () -> new StoreReader(connection, dialect).search(query, limit));
    }

    @Override
    public Map<String, Long> rowCounts() {
        return run("counting rows", () -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Statement s = connection.createStatement()) {
                for (String t : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                        rs.next();
                        out.put(t, rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void exportTable(String table, RowSink sink) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no such table: " + table);
        }
        run("exporting " + table, () -> {
            // PostgreSQL streams with a cursor only inside a transaction
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + ORDER.getOrDefault(table, "id"))) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    List<RowSink.ColumnType> types = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        names.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                        types.add(columnType(md.getColumnType(i)));
                    }
                    sink.columns(names, types);
                    Object[] row = new Object[names.size()];
                    while (rs.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = value(rs, i + 1, types.get(i));
                        }
                        sink.row(row);
                    }
                    sink.end();
                }
                connection.commit();
            } catch (IOException e) {
                throw new StoreException("cannot write the export of " + table + ": " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    /** Both drivers report the declared types (SQLite from the column declaration). */
    private static RowSink.ColumnType columnType(int jdbcType) {
        return switch (jdbcType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> RowSink.ColumnType.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> RowSink.ColumnType.REAL;
            default -> RowSink.ColumnType.TEXT;
        };
    }

    private static Object value(ResultSet rs, int i, RowSink.ColumnType type) throws SQLException {
        Object v = switch (type) {
            case INTEGER -> rs.getLong(i);
            case REAL -> rs.getDouble(i);
            case TEXT -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    @Override
    public Analysis analysis(long documentId) {
        String json = run("reading document " + documentId, () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT analysis_json FROM documents WHERE id = ?")) {
                p.setLong(1, documentId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        try {
            return json == null ? null : AnalysisJson.fromJson(json);
        } catch (JsonProcessingException e) {
            throw new StoreException(location + ": the stored record of document " + documentId + " does not parse: "
                    + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        run("closing", () -> {
            connection.close();
            return null;
        });
    }

    /** Runs one database step; a failure names the database and what was being done. */
    protected final <T> T run(String what, SqlStep<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new StoreException(location + ": " + explain(e) + " (while " + what + ")", e);
        }
    }

    /** Turns a driver's message into one a user can act on; subclasses know their driver's codes. */
    protected String explain(SQLException e) {
        return e.getMessage();
    }

    @FunctionalInterface
    protected interface SqlStep<T> {
        T run() throws SQLException;
    }
}
