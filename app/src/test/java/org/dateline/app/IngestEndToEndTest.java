package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} with the real pipeline, then the queries, on the README's example article. */
@Tag("slow")
class IngestEndToEndTest {
    private static final String EXAMPLE = "../examples/harbour-talks.txt";

    @TempDir
    Path dir;

    @Test
    void ingestingTwiceStoresOnceAndTheQueriesFindEventsAndQuotes() {
        String db = dir.resolve("store.db").toString();
        Cli first = Cli.runAnalyzing("ingest", "--db", db, EXAMPLE);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("1 stored, 0 already stored, 0 failed"), first.out());
        Cli second = Cli.runAnalyzing("ingest", "--db", db, EXAMPLE);
        assertTrue(second.out().contains("0 stored, 1 already stored, 0 failed"), second.out());

        Cli meetings = Cli.run("events", "--db", db, "--code", "04", "--format", "csv");
        assertEquals(0, meetings.exit(), meetings.err());
        assertTrue(meetings.out().contains("CHLGOV") && meetings.out().contains("PERGOV"), meetings.out());

        Cli gdelt = Cli.run("events", "--db", db, "--format", "gdelt");
        for (String row : gdelt.out().strip().split("\n")) {
            assertEquals(61, row.split("\t", -1).length, row);
        }

        Cli quotes = Cli.run("quotes", "--db", db, "--speaker", "van Klaveren", "--format", "csv");
        assertTrue(quotes.out().contains("We have found a common language on the port"), quotes.out());
    }
}
