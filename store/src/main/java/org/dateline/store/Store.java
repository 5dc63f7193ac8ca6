package org.dateline.store;

import java.util.List;
import java.util.Map;
import org.dateline.model.Analysis;

/**
 * Where analyses are kept and asked about. Putting is idempotent: a document is known by the sha256
 * of its raw bytes and stored once, in one transaction, however often it is ingested. Not
 * thread-safe: one store per thread.
 */
public interface Store extends AutoCloseable {
    /** The tables every store has, in the order exports write them. */
    List<String> TABLES = List.of("documents", "articles", "entities", "mentions", "places", "times",
            "quotes", "events", "event_reports");

    /** Where the data lives, for messages: a file path or a URL without its password. */
    String location();

    /** True when a document with these raw bytes (their sha256, hex) is already stored. Cheap: ask before analyzing. */
    boolean contains(String sha256);

    /** Stores one analysis in one transaction; false when its document was already stored (nothing changes). */
    boolean put(Analysis analysis, DocumentKey key);

    /** Stores a record whose raw bytes are not at hand (see {@link DocumentKey#of(Analysis)}). */
    default boolean put(Analysis analysis) {
        return put(analysis, DocumentKey.of(analysis));
    }

    /** Events (one per real-world event, with every article's report) matching the query, by date. */
    List<StoredEvent> events(EventQuery query);

    /** How many events match the query's filters, whatever its limit and offset. */
    long countEvents(EventQuery query);

    List<StoredQuote> quotes(QuoteQuery query);

    /** How many quotes match the query's filters, whatever its limit and offset. */
    long countQuotes(QuoteQuery query);

    /** How many articles are stored. */
    long countArticles();

    /** Stored articles, newest publication first (undated last), skipping {@code offset}, at most {@code limit}. */
    List<ArticleSummary> articles(int offset, int limit);

    /** Row counts, date ranges and the {@code top} most frequent outlets, speakers, event types and actors. */
    StoreStats stats(int top);

    /** Full-text search over article titles and texts and quote contents, best first. */
    List<SearchHit> search(String query, int limit);

    /** Rows per table, in {@link #TABLES} order. */
    Map<String, Long> rowCounts();

    /** Streams every row of one of {@link #TABLES} in key order. */
    void exportTable(String table, RowSink sink);

    /** The stored analysis record of a document, or null. */
    Analysis analysis(long documentId);

    @Override
    void close();
}
