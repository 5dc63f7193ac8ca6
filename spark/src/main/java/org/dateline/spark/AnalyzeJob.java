package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentIds;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * {@code dateline analyze} as a Spark job. The driver walks the inputs (files, folders, feeds, WARC,
 * JSONL, as the CLI does) and ships each document's bytes to the executors, which read and analyze
 * them with one pipeline per executor JVM. Writes, under the output folder:
 * {@code records/} (analysis records, JSON lines), {@code events/} and {@code quotes/} (Parquet),
 * {@code errors/} (JSON lines: id, path, message) and {@code summary.json}.
 *
 * <p>Usage: {@code AnalyzeJob [--date YYYY-MM-DD] [--partitions N] OUTPUT INPUT...}
 */
public final class AnalyzeJob {
    static final StructType ERROR_SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("path", DataTypes.StringType)
            .add("message", DataTypes.StringType);

    private final SparkSession spark;
    private final AnnotatorFactory annotators;

    public AnalyzeJob(SparkSession spark, AnnotatorFactory annotators) {
        this.spark = spark;
        this.annotators = annotators;
    }

    public static void main(String[] args) {
        JobArguments a;
        try {
            a = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dateline analyze").getOrCreate();
        try {
            JobSummary summary = new AnalyzeJob(spark, CoreNlpAnnotator::new)
                    .run(a.inputs(), a.output(), a.date(), a.partitions());
            System.out.println(summary.toJson());
            if (summary.failed() > 0) {
                System.err.println("dateline spark: " + summary.failed() + " of " + (summary.analyzed() + summary.failed())
                        + " documents failed (see errors/)");
            }
        } finally {
            spark.stop();
        }
    }

    /** Analyzes every document under {@code inputs} into {@code output}, replacing what was there. */
    public JobSummary run(List<String> inputs, String output, LocalDate date, int partitions) {
        long start = System.nanoTime();
        List<InputDocument> docs = new ArrayList<>();
        List<Outcome> unreadable = new ArrayList<>();
        walk(inputs, docs, unreadable);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(partitions, Math.max(1, docs.size())));
        JavaRDD<Outcome> outcomes = jsc.parallelize(docs, slices)
                .mapPartitions(new DocumentAnalysis(annotators, new ReadOptions(date, ReadOptions.DEFAULT_MAX_BYTES)))
                .union(jsc.parallelize(unreadable, 1))
                // four outputs read the outcomes: analyze once
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Outcome> ok = outcomes.filter(Outcome::ok);
            spark.createDataset(ok.map(Outcome::json).rdd(), Encoders.STRING())
                    .write().mode(SaveMode.Overwrite).text(output + "/records");
            spark.createDataFrame(ok.flatMap(o -> o.events().iterator()).map(EventRow::toRow), EventRow.SCHEMA)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/events");
            spark.createDataFrame(ok.flatMap(o -> o.quotes().iterator()).map(QuoteRow::toRow), QuoteRow.SCHEMA)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/quotes");
            spark.createDataFrame(outcomes.filter(o -> !o.ok()).map(o -> RowFactory.create(o.id(), o.path(), o.error())),
                    ERROR_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).json(output + "/errors");
            long analyzed = ok.count();
            long failed = outcomes.count() - analyzed;
            long events = ok.map(o -> (long) o.events().size()).fold(0L, Long::sum);
            long quotes = ok.map(o -> (long) o.quotes().size()).fold(0L, Long::sum);
            JobSummary summary = new JobSummary(analyzed, failed, events, quotes, (System.nanoTime() - start) / 1e9);
            writeSummary(output, summary);
            return summary;
        } finally {
            outcomes.unpersist();
        }
    }

    /** The driver's walk: what cannot even be listed or unpacked (a missing path, a bad gzip) is an error row. */
    private static void walk(List<String> inputs, List<InputDocument> docs, List<Outcome> unreadable) {
        new InputWalker(InputLimits.DEFAULTS, null, System.in).walk(inputs, new DocumentSink() {
            @Override
            public void accept(SourceDocument document) {
                docs.add(InputDocument.of(document));
            }

            @Override
            public void failed(DocumentException problem) {
                String path = problem.path();
                unreadable.add(Outcome.failed(path == null ? null : DocumentIds.sha256Hex(path.getBytes(StandardCharsets.UTF_8)),
                        path, problem.getMessage()));
            }
        });
    }

    /** summary.json beside the tables, when the output is a local folder (on HDFS or S3 it is printed only). */
    private static void writeSummary(String output, JobSummary summary) {
        if (output.contains("://") && !output.startsWith("file://")) {
            return;
        }
        try {
            Files.writeString(Path.of(output.replaceFirst("^file://", ""), "summary.json"), summary.toJson() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
