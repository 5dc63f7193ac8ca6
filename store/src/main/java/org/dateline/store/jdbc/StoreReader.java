package org.dateline.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Span;
import org.dateline.store.EventQuery;
import org.dateline.store.EventReport;
import org.dateline.store.QuoteQuery;
import org.dateline.store.SearchHit;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredPlace;
import org.dateline.store.StoredQuote;

/** The queries: events with their reports, quotes, full-text search. The same SQL on both dialects but search. */
final class StoreReader {
    private static final int CHUNK = 500;
    private final Connection c;
    private final Dialect dialect;

    StoreReader(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    List<StoredEvent> events(EventQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.source_code, e.source_name, e.target_code, e.target_name,"
                + " e.cameo, e.cameo_root, e.plover, e.quad_class, e.goldstein, e.event_date, e.place_name, e.place_country,"
                + " e.place_geoname_id, e.place_lat, e.place_lon, e.place_feature_code, e.num_mentions, e.num_sources,"
                + " e.num_articles, e.date_added FROM events e WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        eventFilters(q, sql, params);
        sql.append(" ORDER BY e.event_date, e.id LIMIT ? OFFSET ?");
        params.add(q.limit());
        params.add(q.offset());
        List<long[]> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            bind(p, params);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[21];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                    ids.add(new long[] {rs.getLong(1)});
                }
            }
        }
        Map<Long, List<EventReport>> reports = reports(ids.stream().map(a -> a[0]).toList());
        List<StoredEvent> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            StoredPlace place = r[11] == null && r[13] == null ? null : new StoredPlace((String) r[11], (String) r[12],
                    asLong(r[13]), asDouble(r[14]), asDouble(r[15]), (String) r[16]);
            out.add(new StoredEvent(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], r[8] == null ? null : ((Number) r[8]).intValue(), asDouble(r[9]),
                    (String) r[10], place, ((Number) r[17]).intValue(), ((Number) r[18]).intValue(),
                    ((Number) r[19]).intValue(), (String) r[20], reports.getOrDefault(id, List.of())));
        }
        return out;
    }

    long countEvents(EventQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM events e WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        eventFilters(q, sql, params);
        return count(sql.toString(), params);
    }

    /** The WHERE conditions of an event query, shared by the listing and the count. */
    private static void eventFilters(EventQuery q, StringBuilder sql, List<Object> params) {
        if (q.actor() != null) {
            String code = likePrefix(q.actor().toUpperCase(Locale.ROOT));
            String name = likeInfix(q.actor().toLowerCase(Locale.ROOT));
            sql.append(" AND (e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1"
                    + " FROM event_reports r WHERE r.event_id = e.id AND (LOWER(r.source_name) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(r.target_name) LIKE ? ESCAPE '\\')))");
            params.addAll(List.of(code, code, name, name));
        }
        if (q.cameo() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id AND r.cameo LIKE ? ESCAPE '\\')");
            params.add(likePrefix(q.cameo()));
        }
        if (q.plover() != null) {
            sql.append(" AND UPPER(e.plover) = ?");
            params.add(q.plover().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND e.event_date >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            // a date-time in the stored value still belongs to its day
            sql.append(" AND SUBSTR(e.event_date, 1, 10) <= ?");
            params.add(q.to());
        }
        if (q.place() != null) {
            sql.append(" AND (LOWER(e.place_name) LIKE ? ESCAPE '\\' OR UPPER(e.place_country) = ?)");
            params.add(likeInfix(q.place().toLowerCase(Locale.ROOT)));
            params.add(q.place().toUpperCase(Locale.ROOT));
        }
        if (q.modality() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id AND r.modality = ?)");
            params.add(q.modality().toLowerCase(Locale.ROOT));
        }
    }

    long count(String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Each event's reports in the order they were stored. */
    private Map<Long, List<EventReport>> reports(List<Long> eventIds) throws SQLException {
        Map<Long, java.util.TreeMap<Long, EventReport>> ordered = new HashMap<>();
        for (int from = 0; from < eventIds.size(); from += CHUNK) {
            List<Long> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = c.prepareStatement("SELECT r.id, r.event_id, r.document_id, r.report_id, r.cameo, r.plover,"
                    + " r.modality, r.claimed_by, r.source_name, r.target_name, r.evidence_begin, r.evidence_end, r.evidence,"
                    + " r.trigger_begin, r.trigger_end, r.trigger_text, r.confidence, a.outlet, d.url, d.path, a.published"
                    + " FROM event_reports r JOIN documents d ON d.id = r.document_id JOIN articles a ON a.document_id = r.document_id"
                    // no ORDER BY: with it SQLite scans the table in index order instead of probing each id
                    + " WHERE r.event_id IN (" + marks + ")")) {
                bind(p, new ArrayList<>(chunk));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        EventReport report = new EventReport(rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                span(rs, 11), span(rs, 14), rs.getDouble(17), rs.getString(18), rs.getString(19),
                                rs.getString(20), rs.getString(21));
                        ordered.computeIfAbsent(rs.getLong(2), k -> new java.util.TreeMap<>()).put(rs.getLong(1), report);
                    }
                }
            }
        }
        Map<Long, List<EventReport>> out = new HashMap<>();
        ordered.forEach((event, reports) -> out.put(event, List.copyOf(reports.values())));
        return out;
    }

    List<StoredQuote> quotes(QuoteQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT q.document_id, q.quote_id, q.kind, q.content_begin, q.content_end,"
                + " q.content, q.cue_begin, q.cue_end, q.cue, q.speaker_entity, q.speaker_name, q.reported_by_names,"
                + " a.outlet, a.title, a.published, d.url, d.path FROM quotes q JOIN documents d ON d.id = q.document_id"
                + " JOIN articles a ON a.document_id = q.document_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        quoteFilters(q, sql, params);
        sql.append(" ORDER BY a.published, q.document_id, q.content_begin LIMIT ? OFFSET ?");
        params.add(q.limit());
        params.add(q.offset());
        List<StoredQuote> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            bind(p, params);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String names = rs.getString(12);
                    out.add(new StoredQuote(rs.getLong(1), rs.getString(2), rs.getString(3), span(rs, 4), span(rs, 7),
                            rs.getString(10), rs.getString(11), names == null ? List.of() : Arrays.asList(names.split("; ")),
                            rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)));
                }
            }
        }
        return out;
    }

    long countQuotes(QuoteQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM quotes q WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        quoteFilters(q, sql, params);
        return count(sql.toString(), params);
    }

    private static void quoteFilters(QuoteQuery q, StringBuilder sql, List<Object> params) {
        if (q.speaker() != null) {
            sql.append(" AND LOWER(q.speaker_name) LIKE ? ESCAPE '\\'");
            params.add(likeInfix(q.speaker().toLowerCase(Locale.ROOT)));
        }
        if (q.text() != null) {
            for (String word : q.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    sql.append(" AND LOWER(q.content) LIKE ? ESCAPE '\\'");
                    params.add(likeInfix(word));
                }
            }
        }
    }

    List<SearchHit> search(String query, int limit) throws SQLException {
        String param = dialect.searchParameter(query);
        if (param.isBlank()) {
            return List.of();
        }
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(dialect.searchSql())) {
            p.setString(1, param);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SearchHit(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDouble(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    private static Span span(ResultSet rs, int first) throws SQLException {
        int begin = rs.getInt(first);
        if (rs.wasNull()) {
            return null;
        }
        return new Span(begin, rs.getInt(first + 1), rs.getString(first + 2));
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                p.setLong(i + 1, n);
            } else {
                p.setString(i + 1, (String) v);
            }
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String likePrefix(String s) {
        return escapeLike(s) + "%";
    }

    private static String likeInfix(String s) {
        return "%" + escapeLike(s) + "%";
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static Double asDouble(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
