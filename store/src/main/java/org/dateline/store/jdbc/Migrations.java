package org.dateline.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema up to date: plain SQL files per version (listed in
 * {@code migrations/index.txt}), each applied in its own transaction and recorded in
 * {@code schema_version}, so a half-applied migration never stays behind.
 */
final class Migrations {
    private static final String ROOT = "/org/dateline/store/migrations/";

    private Migrations() {
    }

    /** The migration names in order, e.g. {@code V1__init}. */
    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : resource(ROOT + "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(name);
            }
        }
        return out;
    }

    static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** Applies every migration newer than the database's version; returns how many were applied. */
    static int migrate(Connection c, Dialect dialect, String location) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                        + " applied_at TEXT NOT NULL)");
                if (dialect == Dialect.POSTGRESQL) {
                    // two processes opening a new database at once must not both create the tables
                    s.execute("SELECT pg_advisory_xact_lock(7361628)");
                }
            }
            int current = currentVersion(c);
            List<String> names = names();
            int newest = version(names.get(names.size() - 1));
            if (current > newest) {
                throw new SQLException("the schema version of " + location + " is " + current
                        + ", newer than this dateline knows (" + newest + "): update dateline");
            }
            int applied = 0;
            for (String name : names) {
                if (version(name) > current) {
                    apply(c, dialect, name);
                    applied++;
                }
            }
            c.commit();
            return applied;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection c, Dialect dialect, String name) throws SQLException {
        String specific = ROOT + name + "." + dialect.fileSuffix() + ".sql";
        String sql = Migrations.class.getResource(specific) != null ? resource(specific) : resource(ROOT + name + ".sql");
        try (Statement s = c.createStatement()) {
            for (String statement : statements(dialect.substitute(sql))) {
                s.execute(statement);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, version(name));
            p.setString(2, name);
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        }
    }

    /** Splits a file at semicolons that end a line; comment lines are dropped. Our files hold no procedures. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String st = current.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + path, e);
        }
    }
}
