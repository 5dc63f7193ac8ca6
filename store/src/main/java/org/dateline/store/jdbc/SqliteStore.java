package org.dateline.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.dateline.store.StoreException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file in WAL mode. A committed document survives a killed process;
 * a second writer waits up to the busy timeout, then gets a clear "locked" error.
 */
public final class SqliteStore extends JdbcStore {
    /** How long a writer waits for another process's lock: 10 s, or the system property {@code dateline.busyTimeoutMillis}. */
    public static final int DEFAULT_BUSY_MILLIS = Integer.getInteger("dateline.busyTimeoutMillis", 10_000);

    private SqliteStore(Connection c, String location) {
        super(c, Dialect.SQLITE, location);
    }

    public static SqliteStore open(Path file) {
        return open(file, Integer.getInteger("dateline.busyTimeoutMillis", DEFAULT_BUSY_MILLIS));
    }

    public static SqliteStore open(Path file, int busyMillis) {
        String location = file.toString();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + location + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException(location + ": cannot open the database: " + e.getMessage(), e);
        }
        SqliteStore store = new SqliteStore(c, location);
        try {
            store.run("opening the database", () -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = " + busyMillis);
                    // WAL: readers never block the writer, and a crash loses only uncommitted work
                    s.execute("PRAGMA journal_mode = WAL");
                    // NORMAL is durable against process crashes in WAL mode; FULL only adds power-loss safety
                    s.execute("PRAGMA synchronous = NORMAL");
                    s.execute("PRAGMA foreign_keys = ON");
                }
                return null;
            });
            store.migrate();
            return store;
        } catch (StoreException e) {
            store.closeAfterFailure(e);
            throw e;
        }
    }

    private void closeAfterFailure(StoreException e) {
        try {
            connection.close();
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public String integrityCheck() {
        return run("checking integrity", () -> {
            try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Override
    protected String explain(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return "not a Dateline database, or a corrupt one (" + code.name() + ")";
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || code.name().startsWith("SQLITE_BUSY")) {
                return "the database is locked by another process (" + code.name() + ")";
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN
                    || code == SQLiteErrorCode.SQLITE_PERM) {
                return "cannot write the database file (" + code.name() + ")";
            }
        }
        return e.getMessage();
    }
}
