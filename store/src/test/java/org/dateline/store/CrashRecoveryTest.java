package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dateline.store.jdbc.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingesting JVM (kill -9, through destroyForcibly) part-way through a folder, checks
 * that the database opens and is consistent, re-runs the ingest and checks that every document is
 * stored exactly once and that the documents stored before the kill were skipped, not re-analyzed.
 */
class CrashRecoveryTest {
    private static final int DOCUMENTS = 40;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesNothingCommittedAndARerunFinishesTheRestOnSqlite() throws Exception {
        String db = dir.resolve("data/dateline.db").toString();
        crashAndRecover(db);
        try (SqliteStore store = SqliteStore.open(Path.of(db))) {
            assertEquals("ok", store.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertConsistent(c);
        }
    }

    @Test
    void aKilledIngestLosesNothingCommittedAndARerunFinishesTheRestOnPostgres() throws Exception {
        String db = TestPostgres.freshDatabase();
        crashAndRecover(db);
        Stores.PgUrl url = Stores.PgUrl.parse(db);
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
            assertConsistent(c);
        }
    }

    private void crashAndRecover(String db) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve(String.format("doc-%03d.txt", i)),
                    "Actor" + i + " met the delegation number " + i + " to talk about the harvest.");
        }
        // a slow analysis step, so the kill lands in the middle of the folder
        Process first = child(db, folder, 150);
        List<String> before = new ArrayList<>();
        try (BufferedReader out = reader(first)) {
            String line;
            while (before.size() < 8 && (line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    before.add(line.substring(7));
                }
            }
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(8, before.size(), "the child stored documents before it was killed");
        int committed;
        try (Store store = Stores.open(db)) {
            Map<String, Long> counts = store.rowCounts();
            committed = counts.get("documents").intValue();
            assertTrue(committed >= 8 && committed < DOCUMENTS, "killed part-way: " + committed + " stored");
        }

        Process second = child(db, folder, 0);
        List<String> skipped = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        try (BufferedReader out = reader(second)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("skipped ")) {
                    skipped.add(line.substring(8));
                } else if (line.startsWith("stored ")) {
                    stored.add(line.substring(7));
                }
            }
        }
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue());
        assertEquals(committed, skipped.size(), "what was committed is skipped without analysis");
        assertTrue(skipped.containsAll(before));
        assertEquals(DOCUMENTS - committed, stored.size());
        try (Store store = Stores.open(db)) {
            assertEquals(DOCUMENTS, store.rowCounts().get("documents"));
        }
    }

    /** Every document is whole: its article and its one event report are there, and the counts add up. */
    private static void assertConsistent(Connection c) throws SQLException {
        assertEquals(DOCUMENTS, count(c, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        assertEquals(DOCUMENTS, count(c, "SELECT COUNT(*) FROM articles"));
        assertEquals(DOCUMENTS, count(c, "SELECT COUNT(*) FROM entities"));
        assertEquals(DOCUMENTS, count(c, "SELECT COUNT(*) FROM event_reports"));
        assertEquals(DOCUMENTS, count(c, "SELECT SUM(num_mentions) FROM events"));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.document_id = d.id)"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process child(String db, Path folder, long delayMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), db, folder.toString(), Long.toString(delayMillis))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
