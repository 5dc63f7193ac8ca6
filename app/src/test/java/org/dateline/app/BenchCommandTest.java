package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.AnalysisJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(2, Cli.run("bench", dir.resolve("missing").toString()).exit());
        assertEquals(2, Cli.run("bench", "--baseline", "spacy", dir.toString()).exit());
    }

    @Test
    @Tag("slow")
    void reportsThroughputStagesCoreNlpAnnotatorsAndHeap() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "OSLO (Lumen) - Norway's prime minister met the Swedish king on Monday.\n");
        Files.writeString(dir.resolve("b.txt"), "Rain fell on Bergen for a week, the weather service said on Friday.\n");
        Cli r = Cli.runAnalyzing("bench", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode m = AnalysisJson.mapper().readTree(r.out());
        assertEquals(2, m.get("documents").asInt());
        assertTrue(m.get("tokens").asInt() >= 20, r.out());
        assertTrue(m.get("documentsPerSecond").asDouble() > 0);
        assertTrue(m.get("peakHeapMB").asLong() > 0);
        assertTrue(m.get("processCpuSeconds").asDouble() > 0, r.out());
        assertTrue(m.get("documentsPerCpuSecond").asDouble() > 0, r.out());
        assertTrue(m.get("gcCount").asLong() >= 0 && m.get("gcMillis").asLong() >= 0, r.out());
        assertTrue(m.get("maxHeapMB").asLong() > 0 && !m.get("garbageCollectors").asText().isEmpty(), r.out());
        for (String stage : new String[] {"read", "nlp", "actors", "quotes", "times", "events"}) {
            assertTrue(m.get("stageMillis").has(stage), stage + " missing in " + r.out());
        }
        for (String annotator : new String[] {"tokenize", "ssplit", "pos", "lemma", "ner", "depparse"}) {
            assertTrue(m.get("corenlpAnnotatorMillis").has(annotator), annotator + " missing in " + r.out());
            assertTrue(m.get("corenlpAnnotatorCpuMillis").has(annotator), annotator + " missing in " + r.out());
        }
    }
}
