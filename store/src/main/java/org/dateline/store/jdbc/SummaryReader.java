package org.dateline.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.store.ArticleSummary;
import org.dateline.store.StoreStats;

/** Overviews of a store: the article listing with what was found in each, and the statistics. Same SQL on both dialects. */
final class SummaryReader {
    private final Connection c;

    SummaryReader(Connection c) {
        this.c = c;
    }

    List<ArticleSummary> articles(int offset, int limit) throws SQLException {
        // correlated counts: each probes its table's (document_id, ...) key, so a page costs a few index lookups per row
        String sql = "SELECT d.id, a.title, a.outlet, a.published, a.dateline_place, d.url, d.path, d.ingested_at,"
                + " LENGTH(a.text),"
                + " (SELECT COUNT(*) FROM entities x WHERE x.document_id = d.id),"
                + " (SELECT COUNT(*) FROM places x WHERE x.document_id = d.id),"
                + " (SELECT COUNT(*) FROM times x WHERE x.document_id = d.id),"
                + " (SELECT COUNT(*) FROM quotes x WHERE x.document_id = d.id),"
                + " (SELECT COUNT(*) FROM event_reports x WHERE x.document_id = d.id)"
                + " FROM documents d JOIN articles a ON a.document_id = d.id"
                + " ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, d.id DESC LIMIT ? OFFSET ?";
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14)));
                }
            }
        }
        return out;
    }

    StoreStats stats(Map<String, Long> rows, int top) throws SQLException {
        String[] published = range("SELECT MIN(published), MAX(published) FROM articles");
        String[] events = range("SELECT MIN(event_date), MAX(event_date) FROM events");
        return new StoreStats(rows, published[0], published[1], events[0], events[1],
                top("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet", top),
                top("SELECT speaker_name, COUNT(*) FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name", top),
                top("SELECT cameo_root, COUNT(*) FROM events GROUP BY cameo_root", top),
                top("SELECT code, COUNT(*) FROM (SELECT source_code AS code FROM events UNION ALL"
                        + " SELECT target_code FROM events) sides WHERE code IS NOT NULL GROUP BY code", top));
    }

    private String[] range(String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    /** The {@code top} most frequent values of a GROUP BY query (value, count), ties by value. */
    private List<StoreStats.Count> top(String groupBy, int top) throws SQLException {
        List<StoreStats.Count> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(groupBy + " ORDER BY 2 DESC, 1 LIMIT ?")) {
            p.setInt(1, top);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoreStats.Count(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }
}
