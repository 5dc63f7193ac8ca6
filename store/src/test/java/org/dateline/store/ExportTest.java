package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.model.AnalysisJson;
import org.dateline.store.export.Exporter;
import org.dateline.store.export.GdeltFormat;
import org.dateline.store.export.PloverFormat;
import org.dateline.store.jdbc.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = SqliteStore.open(dir.resolve("db/dateline.db"));
        Fixtures.all().forEach(store::put);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void gdeltRowsHaveExactly61ColumnsInTheCodebookOrder() throws Exception {
        assertEquals(61, GdeltFormat.COLUMNS.size());
        assertEquals("GLOBALEVENTID", GdeltFormat.COLUMNS.get(0));
        assertEquals("DATEADDED", GdeltFormat.COLUMNS.get(59));
        assertEquals("SOURCEURL", GdeltFormat.COLUMNS.get(60));
        Path out = dir.resolve("events.tsv");
        Exporter.export(store, Exporter.Format.GDELT, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertEquals(61, line.split("\t", -1).length, line);
        }
        String[] meeting = lines.stream().filter(l -> l.contains("\t043\t")).findFirst().orElseThrow().split("\t", -1);
        assertEquals("20240304", meeting[1]);
        assertEquals("202403", meeting[2]);
        assertEquals("2024", meeting[3]);
        assertEquals("NORGOV", meeting[5]);
        assertEquals("OLA BERG", meeting[6]);
        assertEquals("NOR", meeting[7]);
        assertEquals("GOV", meeting[12]);
        assertEquals("SDNMIL", meeting[15]);
        assertEquals("SDN", meeting[17]);
        assertEquals("MIL", meeting[22]);
        assertEquals("043", meeting[27]);
        assertEquals("04", meeting[28]);
        assertEquals("1", meeting[29]);
        assertEquals("3", meeting[31], "NumMentions");
        assertEquals("2", meeting[32], "NumSources");
        assertEquals("3", meeting[33], "NumArticles");
        assertEquals("4", meeting[51], "a capital is a world city");
        assertEquals("Oslo", meeting[52]);
        assertEquals("59.9100", meeting[56]);
        assertTrue(meeting[59].matches("\\d{14}"), meeting[59]);
        assertEquals("https://northernwire.example/2024/oslo-talks", meeting[60]);
    }

    @Test
    void ploverRecordsUseTheSpecificationsFieldNames() throws Exception {
        StringWriter w = new StringWriter();
        PloverFormat.write(store.events(EventQuery.ALL), w);
        String[] lines = w.toString().split("\n");
        assertEquals(2, lines.length);
        JsonNode meeting = AnalysisJson.mapper().readTree(lines[0]);
        assertEquals("2024-03-04", meeting.get("date").asText());
        assertEquals("CONSULT", meeting.get("event").get(0).asText());
        assertEquals("NOR", meeting.get("source").get(0).get("code").asText());
        assertEquals("GOV", meeting.get("source").get(0).get("sector").asText());
        assertEquals("Sudanese army", meeting.get("recipient").get(0).get("actor_text").asText());
        assertEquals(3143244, meeting.get("event_loc").get("geonameid").asLong());
        assertEquals(3, meeting.get("event_text").size());
        assertEquals(1, meeting.get("quad_code").asInt());
        assertEquals(2, meeting.get("dateline_num_sources").asInt());
    }

    @Test
    void csvAndJsonLinesHoldEveryRowOfEveryTable() throws Exception {
        Path csv = dir.resolve("csv");
        Path jsonl = dir.resolve("jsonl");
        Exporter.export(store, Exporter.Format.CSV, csv);
        Exporter.export(store, Exporter.Format.JSONL, jsonl);
        var counts = store.rowCounts();
        for (String table : Store.TABLES) {
            List<String> lines = Files.readAllLines(jsonl.resolve(table + ".jsonl"));
            assertEquals(counts.get(table), (long) lines.size(), table);
            String header = Files.readAllLines(csv.resolve(table + ".csv")).get(0);
            assertEquals(AnalysisJson.mapper().readTree(lines.get(0)).size(), header.split(",").length, table);
        }
        JsonNode article = AnalysisJson.mapper().readTree(Files.readAllLines(jsonl.resolve("articles.jsonl")).get(0));
        assertEquals(Fixtures.OSLO_WIRE, article.get("text").asText());
        String articlesCsv = Files.readString(csv.resolve("articles.csv"));
        assertTrue(articlesCsv.contains("\"\"Talks will continue next week,\"\" Berg told reporters.\""),
                "quotes inside a field are doubled and the field quoted");
    }

    @Test
    void parquetFilesAreFramedAndDescribeTheirRows() throws Exception {
        Path out = dir.resolve("parquet");
        Exporter.export(store, Exporter.Format.PARQUET, out);
        for (String table : Store.TABLES) {
            byte[] b = Files.readAllBytes(out.resolve(table + ".parquet"));
            byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
            assertArrayEquals(magic, Arrays.copyOfRange(b, 0, 4), table);
            assertArrayEquals(magic, Arrays.copyOfRange(b, b.length - 4, b.length), table);
            int footer = ByteBuffer.wrap(b, b.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            assertTrue(footer > 0 && footer < b.length - 12, table + " footer length " + footer);
            String meta = new String(b, b.length - 8 - footer, footer, StandardCharsets.ISO_8859_1);
            assertTrue(meta.contains("dateline parquet writer"), table);
        }
    }

    /** The real check, where Arrow is installed: pyarrow reads every file back with the right rows and values. */
    @Test
    void arrowReadsTheParquetFilesBack() throws Exception {
        String python = System.getenv().getOrDefault("DATELINE_TEST_PYTHON", "python3");
        Assumptions.assumeTrue(run(python, "-c", "import pyarrow") == 0, "pyarrow is not installed for " + python);
        Path out = dir.resolve("parquet");
        Exporter.export(store, Exporter.Format.PARQUET, out);
        var counts = store.rowCounts();
        StringBuilder script = new StringBuilder("import pyarrow.parquet as pq, sys\n");
        for (String table : Store.TABLES) {
            script.append("t = pq.read_table('").append(out.resolve(table + ".parquet")).append("')\n")
                    .append("assert t.num_rows == ").append(counts.get(table)).append(", ('").append(table)
                    .append("', t.num_rows)\n");
        }
        script.append("a = pq.read_table('").append(out.resolve("articles.parquet")).append("').to_pylist()\n")
                .append("assert a[0]['outlet'] == 'Northern Wire', a[0]\n")
                .append("p = pq.read_table('").append(out.resolve("places.parquet")).append("').to_pylist()\n")
                .append("assert abs(p[0]['lat'] - 59.91) < 1e-9 and p[0]['geoname_id'] == 3143244, p[0]\n");
        Path py = Files.writeString(dir.resolve("check.py"), script);
        assertEquals(0, run(python, py.toString()), "pyarrow rejected the files; see stderr");
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
