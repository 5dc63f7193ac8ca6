package org.dateline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dateline.store.jdbc.PostgresStore;
import org.dateline.store.jdbc.SqliteStore;

/**
 * Opens the store named by {@code --db}: nothing for the embedded default
 * ({@code ./dateline-data/dateline.db}), a file path (or {@code sqlite:PATH}) for another SQLite file,
 * or {@code postgresql://user:pass@host:port/db} for a PostgreSQL server.
 */
public final class Stores {
    public static final Path DEFAULT_FILE = Path.of("dateline-data", "dateline.db");

    private Stores() {
    }

    /** Opens (creating and migrating when needed). Throws IllegalArgumentException for a malformed URL, StoreException otherwise. */
    public static Store open(String db) {
        if (db == null || db.isBlank()) {
            return SqliteStore.open(DEFAULT_FILE);
        }
        if (db.startsWith("postgresql://") || db.startsWith("postgres://")) {
            PgUrl url = PgUrl.parse(db);
            return PostgresStore.open(url.jdbcUrl(), url.user(), url.password(), url.display());
        }
        if (db.startsWith("jdbc:postgresql:")) {
            return PostgresStore.open(db, null, null, db.replaceAll("password=[^&]*", "password=***"));
        }
        if (db.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("unsupported database URL " + db
                    + ": give a file path for SQLite or postgresql://user:pass@host:port/db");
        }
        return SqliteStore.open(Path.of(db.startsWith("sqlite:") ? db.substring("sqlite:".length()) : db));
    }

    /** A {@code postgresql://} URL taken apart: the JDBC URL, the credentials, and a display form without the password. */
    public record PgUrl(String jdbcUrl, String user, String password, String display) {
        public static PgUrl parse(String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("malformed database URL " + url + ": " + e.getReason());
            }
            String host = uri.getHost();
            String path = uri.getPath();
            if (host == null || path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
                throw new IllegalArgumentException("malformed database URL " + redact(url)
                        + ": expected postgresql://user:pass@host:port/database");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            String hostPort = (host.contains(":") ? "[" + host + "]" : host) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new PgUrl("jdbc:postgresql://" + hostPort + path + query, user, password,
                    "postgresql://" + (user == null ? "" : user + "@") + hostPort + path);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        private static String redact(String url) {
            return url.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
        }
    }
}
