package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input options analyze and ingest share, and the failure count both end with; no models needed. */
class InputOptionsTest {
    @TempDir
    Path dir;

    /** Inputs that all fail before analysis, so no language model is ever loaded. */
    private Path brokenInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-broken.rss"), "<rss><channel><title>Wire</title><item><title>cut");
        Files.writeString(in.resolve("b-empty.warc"), "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 999\r\n\r\nshort");
        return in;
    }

    @Test
    void bothCommandsShareTheInputOptions() {
        for (String command : new String[] {"analyze", "ingest"}) {
            String help = Cli.run(command, "--help").out();
            for (String option : new String[] {"--date", "--type", "--max-bytes", "--max-decompressed-bytes", "--max-items"}) {
                assertTrue(help.contains(option), command + " lacks " + option);
            }
            assertTrue(help.contains("feed") && help.contains("warc"), help);
        }
    }

    @Test
    void badLimitsAndTypesAreUsageErrors() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "text");
        for (String command : new String[] {"analyze", "ingest"}) {
            assertEquals(2, Cli.run(command, "--max-items", "0", f.toString()).exit());
            assertEquals(2, Cli.run(command, "--max-decompressed-bytes", "-1", f.toString()).exit());
            Cli docx = Cli.run(command, "--type", "docx", f.toString());
            assertEquals(2, docx.exit());
            assertTrue(docx.err().contains("feed or warc"), docx.err());
        }
    }

    @Test
    void analyzeNamesEachFailureAndCountsThem() throws IOException {
        Path in = brokenInputs();
        Cli r = Cli.run("analyze", in.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(in.resolve("a-broken.rss") + ": malformed feed XML"), r.err());
        assertTrue(r.err().contains(in.resolve("b-empty.warc") + "#1: WARC record at byte 0 is truncated"), r.err());
        assertTrue(r.err().contains("dateline analyze: 2 of 2 documents failed"), r.err());
        assertFalse(r.err().contains("loading language models"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void ingestNamesEachFailureAndCountsThemOnStderr() throws IOException {
        Path in = brokenInputs();
        Cli r = Cli.run("ingest", "--db", dir.resolve("store.db").toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("a-broken.rss"), r.err());
        assertTrue(r.err().contains("dateline ingest: 2 of 2 documents failed"), r.err());
    }
}
