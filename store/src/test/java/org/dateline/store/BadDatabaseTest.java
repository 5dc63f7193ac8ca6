package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.dateline.store.jdbc.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNoDatabaseIsNamedInTheError() throws Exception {
        Path junk = Files.write(dir.resolve("junk.db"), "this is a shopping list, not a database, but long enough".repeat(40).getBytes());
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(junk));
        assertTrue(e.getMessage().contains(junk.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a Dateline database"), e.getMessage());
    }

    @Test
    void aLockedDatabaseSaysSoAndNamesTheFile() throws Exception {
        Path db = dir.resolve("dateline.db");
        try (Store first = SqliteStore.open(db); Store second = SqliteStore.open(db, 200);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'lock', 'now')");
            StoreException e = assertThrows(StoreException.class, () -> second.put(Fixtures.osloWire()));
            assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
            assertTrue(e.getMessage().contains("storing wire-1") || e.getMessage().contains("northernwire"), e.getMessage());
            s.execute("ROLLBACK");
            assertTrue(second.put(Fixtures.osloWire()), "works once the lock is gone");
            assertEquals(1L, first.rowCounts().get("documents"));
        }
    }

    @Test
    void aNewerSchemaThanWeKnowIsRefused() throws Exception {
        Path db = dir.resolve("dateline.db");
        SqliteStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (42, 'V42__future', 'now')");
        }
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(db));
        assertTrue(e.getMessage().contains("newer than this dateline knows"), e.getMessage());
    }

    @Test
    void urlsAreTakenApartAndBadOnesRefused() {
        Stores.PgUrl u = Stores.PgUrl.parse("postgresql://ana:s%40cret@db.example:5433/news?sslmode=require");
        assertEquals("jdbc:postgresql://db.example:5433/news?sslmode=require", u.jdbcUrl());
        assertEquals("ana", u.user());
        assertEquals("s@cret", u.password());
        assertEquals("postgresql://ana@db.example:5433/news", u.display());
        assertEquals("jdbc:postgresql://localhost/news", Stores.PgUrl.parse("postgres://localhost/news").jdbcUrl());
        assertThrows(IllegalArgumentException.class, () -> Stores.open("postgresql://db.example:5433"));
        assertThrows(IllegalArgumentException.class, () -> Stores.open("postgresql://db.example/a/b"));
        assertThrows(IllegalArgumentException.class, () -> Stores.open("mysql://db.example/news"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stores.open("postgresql://ana:topsecret@/news"));
        assertTrue(!e.getMessage().contains("topsecret"), "the password is never printed: " + e.getMessage());
    }
}
