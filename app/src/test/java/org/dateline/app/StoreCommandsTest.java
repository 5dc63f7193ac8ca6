package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.dateline.store.DocumentKey;
import org.dateline.store.Store;
import org.dateline.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end on a SQLite file filled by hand (no language models needed). */
class StoreCommandsTest {
    private static final String TEXT = "Mayor Lena Frost thanked the port workers in Tromso on Friday. "
            + "\"The harbour never sleeps,\" Frost said.";

    @TempDir
    Path dir;
    String db;
    Path source;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("data/dateline.db").toString();
        source = Files.writeString(dir.resolve("story.txt"), TEXT);
        Span secondFrost = Span.of(TEXT, TEXT.lastIndexOf("Frost"), TEXT.lastIndexOf("Frost") + 5);
        Entity mayor = new Entity("E1", "Lena Frost", EntityType.PERSON, List.of("Mayor"), null,
                new Actor("NORGOV", "NOR", List.of("GOV")), List.of(span("Lena Frost"), secondFrost));
        Entity workers = new Entity("E2", "port workers", EntityType.GROUP, List.of(), null,
                new Actor("NORLAB", "NOR", List.of("LAB")), List.of(span("port workers")));
        Quote q = new Quote("Q1", QuoteKind.DIRECT, span("The harbour never sleeps,"), span("said"),
                new Speaker("E1", secondFrost), List.of());
        Event v = new Event("V1", "051", "SUPPORT", 1, 3.4, new EventActor("E1", "NORGOV"), new EventActor("E2", "NORLAB"),
                "2024-05-10", null, Modality.ASSERTED, null, span("Mayor Lena Frost thanked the port workers in Tromso on Friday."),
                span("thanked"), 0.9);
        Analysis a = new Analysis(Analysis.VERSION, new DocumentInfo("story", source.toString(), "text/plain", TEXT.length()),
                new Article(TEXT, null, null, "Arctic Post", "2024-05-10", null, List.of(), List.of(), "en"),
                List.of(mayor, workers), List.of(), List.of(), List.of(q), List.of(v), List.of()).validated();
        try (Store s = Stores.open(db)) {
            assertTrue(s.put(a, DocumentKey.ofBytes(Files.readAllBytes(source), null)));
        }
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return Span.of(TEXT, at, at + words.length());
    }

    @Test
    void everyStoreCommandHasHelp() {
        for (String cmd : List.of("ingest", "events", "quotes", "search", "export")) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("--db"), cmd + ": " + r.out());
        }
    }

    @Test
    void eventsAreListedAndFilteredInEveryFormat() {
        Cli table = Cli.run("events", "--db", db);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("NORGOV (Lena Frost)"), table.out());
        assertTrue(Cli.run("events", "--db", db, "--actor", "frost").out().contains("051"));
        assertFalse(Cli.run("events", "--db", db, "--code", "19").out().contains("051"));
        assertFalse(Cli.run("events", "--db", db, "--from", "2024-05-11").out().contains("051"));
        Cli gdelt = Cli.run("events", "--db", db, "--format", "gdelt");
        assertEquals(61, gdelt.out().strip().split("\t", -1).length);
        Cli plover = Cli.run("events", "--db", db, "--format", "plover");
        assertTrue(plover.out().contains("\"event\":[\"SUPPORT\"]"), plover.out());
        Cli csv = Cli.run("events", "--db", db, "--format", "csv");
        assertTrue(csv.out().startsWith("id,date,source,target,cameo"), csv.out());
        Cli json = Cli.run("events", "--db", db, "--format", "json");
        assertTrue(json.out().contains("\"numArticles\" : 1"), json.out());
        assertEquals(2, Cli.run("events", "--db", db, "--format", "xml").exit());
        assertEquals(2, Cli.run("events", "--db", db, "--modality", "rumoured").exit());
    }

    @Test
    void quotesAndSearchFindWhatWasStored() {
        Cli quotes = Cli.run("quotes", "--db", db, "--speaker", "frost", "--text", "harbour");
        assertEquals(0, quotes.exit(), quotes.err());
        assertTrue(quotes.out().contains("The harbour never sleeps,"), quotes.out());
        assertFalse(Cli.run("quotes", "--db", db, "--speaker", "nobody").out().contains("harbour"));
        Cli search = Cli.run("search", "--db", db, "harbour");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("[harbour]"), search.out());
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        for (String f : List.of("csv", "jsonl", "parquet")) {
            Path out = dir.resolve("out-" + f);
            Cli r = Cli.run("export", "--db", db, "--format", f, "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(Files.exists(out.resolve("events." + f)), f);
        }
        Path tsv = dir.resolve("events.tsv");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "gdelt", "--out", tsv.toString()).exit());
        assertEquals(61, Files.readString(tsv).strip().split("\t", -1).length);
        assertEquals(2, Cli.run("export", "--db", db, "--format", "xlsx", "--out", tsv.toString()).exit());
    }

    @Test
    void ingestingStoredBytesSkipsThemWithoutLoadingModels() {
        Cli r = Cli.run("ingest", "--db", db, source.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 stored, 1 already stored, 0 failed"), r.out());
        assertFalse(r.err().contains("loading language models"), r.err());
        assertTrue(r.err().contains("1/1 documents"), r.err());
    }

    @Test
    void aCorruptDatabaseIsNamedAndExits2() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database at all; ".repeat(100));
        Cli r = Cli.run("events", "--db", junk.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(junk.toString()) && r.err().contains("not a Dateline database"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aLockedDatabaseIsNamedAndExits2() throws Exception {
        Path locked = dir.resolve("locked.db");
        System.setProperty("dateline.busyTimeoutMillis", "200");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + locked); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE holder (x INTEGER)");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO holder VALUES (1)");
            Cli r = Cli.run("events", "--db", locked.toString());
            assertEquals(2, r.exit());
            assertTrue(r.err().contains(locked.toString()) && r.err().contains("locked"), r.err());
            s.execute("ROLLBACK");
        } finally {
            System.clearProperty("dateline.busyTimeoutMillis");
        }
    }

    @Test
    void aWrongUrlIsAUsageError() {
        Cli r = Cli.run("events", "--db", "mysql://db.example/news");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unsupported database URL"), r.err());
        Cli pg = Cli.run("quotes", "--db", "postgresql://ana:hush@db.example");
        assertEquals(2, pg.exit());
        assertTrue(pg.err().contains("expected postgresql://user:pass@host:port/database"), pg.err());
        assertFalse(pg.err().contains("hush"), "no password in messages: " + pg.err());
    }
}
