package org.dateline.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.dateline.store.StoreException;

/** The server store: PostgreSQL through its JDBC driver; the same schema and queries as SQLite. */
public final class PostgresStore extends JdbcStore {
    private PostgresStore(Connection c, String location) {
        super(c, Dialect.POSTGRESQL, location);
    }

    /** Opens {@code jdbc:postgresql://...}; {@code location} is what messages show (no password). */
    public static PostgresStore open(String jdbcUrl, String user, String password, String location) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "dateline");
        props.setProperty("connectTimeout", "10");
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl, props);
        } catch (SQLException e) {
            throw new StoreException(location + ": cannot connect: " + e.getMessage(), e);
        }
        PostgresStore store = new PostgresStore(c, location);
        try {
            store.migrate();
        } catch (StoreException e) {
            try {
                c.close();
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        return store;
    }
}
