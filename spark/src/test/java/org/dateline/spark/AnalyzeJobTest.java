package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.nlp.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One local Spark session, one run over a folder, a JSONL file and a broken PDF; every assertion on it. */
@Tag("slow")
class AnalyzeJobTest {
    private static final String TEXT = """
            BERLIN, March 3 (Wire) -- Germany's foreign minister Anna Weber met French officials in Paris on Monday.
            "We will send aid to the region next week," Weber told reporters after the meeting.
            """;
    private static final String JSONL = """
            {"id":"line-1","text":"Police arrested three protesters in Cairo on Tuesday, the interior ministry said.","published":"2024-05-07"}
            {"id":"line-2","text":"The prime minister said the talks had failed. \\"There is nothing more to discuss,\\" he said.","published":"2024-05-08"}
            """;

    @TempDir
    Path dir;

    @Test
    void analyzesEveryDocumentAndKeepsTheBrokenOneAsAnError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("weber.txt"), TEXT);
        Files.writeString(in.resolve("lines.jsonl"), JSONL);
        Files.write(in.resolve("broken.pdf"), "%PDF-1.4\nthis is no PDF at all".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("AnalyzeJobTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            JobSummary summary = new AnalyzeJob(spark, SharedPipeline::get)
                    .run(List.of(in.toString()), out.toString(), LocalDate.of(2024, 3, 4), 2);

            assertEquals(3, summary.analyzed(), summary.toJson());
            assertEquals(1, summary.failed(), summary.toJson());

            List<String> records = spark.read().textFile(out.resolve("records").toString()).collectAsList();
            assertEquals(3, records.size());
            assertTrue(records.stream().anyMatch(r -> r.contains("\"id\":\"line-1\"")), "JSONL ids are kept");
            assertTrue(records.stream().allMatch(r -> r.startsWith("{\"dateline\":\"1\"")), "analysis records v1");
            assertTrue(records.stream().anyMatch(r -> r.contains("Anna Weber")), "the text file is analyzed");

            List<Row> quotes = spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
            assertEquals(summary.quotes(), quotes.size());
            assertTrue(quotes.stream().anyMatch(q -> q.<String>getAs("content").contains("We will send aid")),
                    "the direct quote is a Parquet row: " + quotes);
            assertTrue(quotes.stream().anyMatch(q -> "line-2".equals(q.getAs("document"))), "quotes name their document");

            List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
            assertEquals(summary.events(), events.size());
            assertTrue(events.size() >= 1, "the arrest is an event");
            assertEquals(EventRow.SCHEMA.fieldNames().length,
                    spark.read().parquet(out.resolve("events").toString()).schema().fields().length);
            assertTrue(events.stream().allMatch(e -> ((String) e.getAs("cameo")).matches("\\d{2,4}")));

            List<Row> errors = spark.read().json(out.resolve("errors").toString()).collectAsList();
            assertEquals(1, errors.size());
            assertTrue(errors.get(0).<String>getAs("path").endsWith("broken.pdf"), errors.toString());
            assertTrue(!errors.get(0).<String>getAs("message").isBlank());
            assertTrue(errors.get(0).<String>getAs("id").matches("[0-9a-f]{64}"), "the id is the sha256 of the bytes");

            String written = Files.readString(out.resolve("summary.json"));
            assertTrue(written.contains("\"failed\":1"), written);
            assertEquals(summary.events(), events.stream().map(e -> e.getAs("document") + "/" + e.getAs("id"))
                    .collect(Collectors.toSet()).size(), "an event is one row");
        } finally {
            spark.stop();
        }
    }
}
