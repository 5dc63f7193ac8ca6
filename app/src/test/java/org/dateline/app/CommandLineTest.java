package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("analyze", "validate", "eval", "bench", "ingest", "events", "quotes", "search", "export")) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: dateline " + cmd), r.out());
        }
    }

    @Test
    void missingPathIsAUsageError() {
        Cli r = Cli.run("analyze", dir.resolve("nothing-here.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file or folder"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace at the user: " + r.err());
    }

    @Test
    void unknownOptionsAndFormatsAreUsageErrors() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "text");
        assertEquals(2, Cli.run("analyze", "--format", "xml", f.toString()).exit());
        assertEquals(2, Cli.run("analyze", "--type", "docx", f.toString()).exit());
        assertEquals(2, Cli.run("analyze", "--bogus", f.toString()).exit());
        assertEquals(2, Cli.run("analyze").exit());
        assertEquals(2, Cli.run().exit());
    }

    @Test
    void missingActorDictionaryIsAUsageErrorBeforeAnyAnalysis() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "text");
        Cli r = Cli.run("analyze", "--actors-dict", dir.resolve("no-such-dict").toString(), f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--actors-dict") && r.err().contains("no-such-dict"), r.err());
        assertFalse(r.err().contains("loading language models"), "fails before loading models: " + r.err());
    }

    @Test
    void validateAcceptsGoodRecordsAndRejectsBadSpans() throws Exception {
        String good = """
                {"dateline":"1","document":{"id":"x","path":"x.txt","mediaType":"text/plain","bytes":9},
                 "article":{"text":"Rain fell","sections":[{"kind":"paragraph","begin":0,"end":9}]},
                 "entities":[{"id":"E1","name":"Rain","type":"ORGANIZATION","mentions":[{"begin":0,"end":4,"text":"Rain"}]}]}
                """;
        Path ok = Files.writeString(dir.resolve("ok.json"), good);
        Cli r = Cli.run("validate", ok.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 records, 0 invalid"));

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), good.replace("\n", "").replace("\"Rain\"}]}]}", "\"Snow\"}]}]}") + "\n");
        Cli rb = Cli.run("validate", bad.toString());
        assertEquals(1, rb.exit());
        assertTrue(rb.err().contains("does not match"), rb.err());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"dateline\": ");
        assertEquals(1, Cli.run("validate", broken.toString()).exit());
    }

    @Test
    void floorsAreCheckedOnDottedPaths() throws Exception {
        String json = "{\"attribution\":{\"f1\":0.71},\"documents\":84}";
        assertTrue(EvalRun.belowFloor(json, Map.of("attribution.f1", 0.70)).isEmpty());
        assertEquals(1, EvalRun.belowFloor(json, Map.of("attribution.f1", 0.72)).size());
        assertEquals(List.of("content.f1 is missing from the metrics"), EvalRun.belowFloor(json, Map.of("content.f1", 0.1)));
    }
}
