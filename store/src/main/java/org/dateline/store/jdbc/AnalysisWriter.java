package org.dateline.store.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeRef;
import org.dateline.store.DocumentKey;

/** Writes one analysis into the tables, inside the caller's transaction. */
final class AnalysisWriter {
    private final Connection c;

    AnalysisWriter(Connection c) {
        this.c = c;
    }

    /** Inserts the document row; returns its id, or null when a document with the same bytes is already there. */
    Long insertDocument(Analysis a, DocumentKey key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO documents (sha256, doc_key, url, path, media_type, size,"
                + " ingested_at, analysis_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING id")) {
            p.setString(1, key.sha256());
            p.setString(2, a.document().id());
            p.setString(3, key.url());
            p.setString(4, a.document().path());
            p.setString(5, a.document().mediaType());
            p.setLong(6, a.document().bytes());
            p.setString(7, Instant.now().toString());
            p.setString(8, AnalysisJson.toJson(a, false));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    void insertContent(long doc, Analysis a, DocumentKey key) throws SQLException {
        Article art = a.article();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (document_id, text, title, byline, outlet, published,"
                + " dateline_place, dateline_date, dateline_agency, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, doc);
            p.setString(2, art.text());
            p.setString(3, art.title());
            p.setString(4, art.byline());
            p.setString(5, art.outlet());
            p.setString(6, art.published());
            p.setString(7, art.dateline() == null ? null : art.dateline().place());
            p.setString(8, art.dateline() == null ? null : art.dateline().date());
            p.setString(9, art.dateline() == null ? null : art.dateline().agency());
            p.setString(10, art.language());
            p.executeUpdate();
        }
        Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (x, y) -> x));
        insertEntities(doc, a.entities());
        insertPlaces(doc, a.places());
        insertTimes(doc, a.times());
        insertQuotes(doc, a.quotes(), entities);
        insertSearchRows(doc, a);
        insertEvents(doc, a, key, entities);
    }

    private void insertEntities(long doc, List<Entity> list) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO entities (document_id, entity_id, name, type, titles,"
                + " affiliation, actor_code, actor_country, actor_roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement m = mentionInsert()) {
            for (Entity e : list) {
                p.setLong(1, doc);
                p.setString(2, e.id());
                p.setString(3, e.name());
                p.setString(4, e.type().name());
                p.setString(5, e.titles().isEmpty() ? null : String.join("; ", e.titles()));
                p.setString(6, e.affiliation());
                p.setString(7, e.actor() == null ? null : e.actor().code());
                p.setString(8, e.actor() == null ? null : e.actor().country());
                p.setString(9, e.actor() == null || e.actor().roles().isEmpty() ? null : String.join(" ", e.actor().roles()));
                p.addBatch();
                addMentions(m, doc, "entity", e.id(), e.mentions());
            }
            p.executeBatch();
            m.executeBatch();
        }
    }

    private void insertPlaces(long doc, List<Place> list) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO places (document_id, place_id, name, country, geoname_id,"
                + " lat, lon, feature_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement m = mentionInsert()) {
            for (Place pl : list) {
                p.setLong(1, doc);
                p.setString(2, pl.id());
                p.setString(3, pl.name());
                p.setString(4, pl.country());
                setLong(p, 5, pl.geonameId());
                setDouble(p, 6, pl.lat());
                setDouble(p, 7, pl.lon());
                p.setString(8, pl.featureCode());
                p.addBatch();
                addMentions(m, doc, "place", pl.id(), pl.mentions());
            }
            p.executeBatch();
            m.executeBatch();
        }
    }

    private PreparedStatement mentionInsert() throws SQLException {
        return c.prepareStatement("INSERT INTO mentions (document_id, owner_kind, owner_id, begin_pos, end_pos, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    private static void addMentions(PreparedStatement m, long doc, String kind, String owner, List<Span> spans) throws SQLException {
        for (Span s : spans) {
            m.setLong(1, doc);
            m.setString(2, kind);
            m.setString(3, owner);
            m.setInt(4, s.begin());
            m.setInt(5, s.end());
            m.setString(6, s.text());
            m.addBatch();
        }
    }

    private void insertTimes(long doc, List<TimeRef> list) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO times (document_id, time_id, type, value, anchor,"
                + " begin_pos, end_pos, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TimeRef t : list) {
                p.setLong(1, doc);
                p.setString(2, t.id());
                p.setString(3, t.type().name());
                p.setString(4, t.value());
                p.setString(5, t.anchor());
                p.setInt(6, t.span().begin());
                p.setInt(7, t.span().end());
                p.setString(8, t.span().text());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertQuotes(long doc, List<Quote> list, Map<String, Entity> entities) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quotes (document_id, quote_id, kind, content_begin,"
                + " content_end, content, cue_begin, cue_end, cue, speaker_entity, speaker_name, speaker_mention_begin,"
                + " speaker_mention_end, speaker_mention, reported_by, reported_by_names)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : list) {
                p.setLong(1, doc);
                p.setString(2, q.id());
                p.setString(3, q.kind().wireName());
                setSpan(p, 4, q.content());
                setSpan(p, 7, q.cue());
                String speaker = q.speaker() == null ? null : q.speaker().entity();
                p.setString(10, speaker);
                p.setString(11, speakerName(q, entities));
                setSpan(p, 12, q.speaker() == null ? null : q.speaker().mention());
                p.setString(15, q.reportedBy().isEmpty() ? null : String.join(" ", q.reportedBy()));
                p.setString(16, q.reportedBy().isEmpty() ? null : q.reportedBy().stream()
                        .map(id -> entities.containsKey(id) ? entities.get(id).name() : id).collect(Collectors.joining("; ")));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The entity's name, else the words that name the speaker in the attribution. */
    private static String speakerName(Quote q, Map<String, Entity> entities) {
        if (q.speaker() == null) {
            return null;
        }
        Entity e = q.speaker().entity() == null ? null : entities.get(q.speaker().entity());
        if (e != null) {
            return e.name();
        }
        return q.speaker().mention() == null ? null : q.speaker().mention().text();
    }

    private void insertSearchRows(long doc, Analysis a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO search_index (title, body, kind, document_id, ref)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, a.article().title());
            p.setString(2, a.article().text());
            p.setString(3, "article");
            p.setLong(4, doc);
            p.setString(5, null);
            p.addBatch();
            for (Quote q : a.quotes()) {
                p.setString(1, a.article().title());
                p.setString(2, q.content().text());
                p.setString(3, "quote");
                p.setLong(4, doc);
                p.setString(5, q.id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertEvents(long doc, Analysis a, DocumentKey key, Map<String, Entity> entities) throws SQLException {
        if (a.events().isEmpty()) {
            return;
        }
        Map<String, Place> places = a.places().stream().collect(Collectors.toMap(Place::id, Function.identity(), (x, y) -> x));
        String outletKey = outletKey(a, key);
        String now = Instant.now().toString();
        Map<String, Long> eventIds = new HashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO events (event_key, source_code, target_code, cameo_root,"
                + " event_date, place_key, cameo, plover, quad_class, goldstein, source_name, target_name, place_name,"
                + " place_country, place_geoname_id, place_lat, place_lon, place_feature_code, first_document_id, date_added)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING");
             PreparedStatement find = c.prepareStatement("SELECT id FROM events WHERE event_key = ?");
             PreparedStatement report = c.prepareStatement("INSERT INTO event_reports (event_id, document_id, report_id, cameo,"
                     + " plover, modality, claimed_by, source_entity, source_name, target_entity, target_name, outlet_key,"
                     + " evidence_begin, evidence_end, evidence, trigger_begin, trigger_end, trigger_text, confidence)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event v : a.events()) {
                Place place = v.place() == null ? null : places.get(v.place());
                String sourceCode = v.source() == null ? null : v.source().code();
                String targetCode = v.target() == null ? null : v.target().code();
                String sourceName = name(v.source() == null ? null : v.source().entity(), entities);
                String targetName = name(v.target() == null ? null : v.target().entity(), entities);
                String eventKey = EventKeys.key(sourceCode, targetCode, v.cameo(), v.date(), place);
                Long eventId = eventIds.get(eventKey);
                if (eventId == null) {
                    ins.setString(1, eventKey);
                    ins.setString(2, sourceCode);
                    ins.setString(3, targetCode);
                    ins.setString(4, EventKeys.root(v.cameo()));
                    ins.setString(5, v.date());
                    ins.setString(6, EventKeys.placeKey(place));
                    ins.setString(7, v.cameo());
                    ins.setString(8, v.plover());
                    setInt(ins, 9, v.quadClass());
                    setDouble(ins, 10, v.goldstein());
                    ins.setString(11, sourceName);
                    ins.setString(12, targetName);
                    ins.setString(13, place == null ? null : place.name());
                    ins.setString(14, place == null ? null : place.country());
                    setLong(ins, 15, place == null ? null : place.geonameId());
                    setDouble(ins, 16, place == null ? null : place.lat());
                    setDouble(ins, 17, place == null ? null : place.lon());
                    ins.setString(18, place == null ? null : place.featureCode());
                    ins.setLong(19, doc);
                    ins.setString(20, now);
                    ins.executeUpdate();
                    find.setString(1, eventKey);
                    try (ResultSet rs = find.executeQuery()) {
                        rs.next();
                        eventId = rs.getLong(1);
                    }
                    eventIds.put(eventKey, eventId);
                }
                touched.add(eventId);
                report.setLong(1, eventId);
                report.setLong(2, doc);
                report.setString(3, v.id());
                report.setString(4, v.cameo());
                report.setString(5, v.plover());
                report.setString(6, v.modality().wireName());
                report.setString(7, v.claimedBy());
                report.setString(8, v.source() == null ? null : v.source().entity());
                report.setString(9, sourceName);
                report.setString(10, v.target() == null ? null : v.target().entity());
                report.setString(11, targetName);
                report.setString(12, outletKey);
                setSpan(report, 13, v.evidence());
                setSpan(report, 16, v.trigger());
                report.setDouble(19, v.confidence());
                report.addBatch();
            }
            report.executeBatch();
        }
        recount(touched);
    }

    /** GDELT's counts, recomputed from the reports so that they are right whatever the order of ingestion. */
    private void recount(Set<Long> eventIds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE events SET"
                + " num_mentions = (SELECT COUNT(*) FROM event_reports r WHERE r.event_id = events.id),"
                + " num_articles = (SELECT COUNT(DISTINCT r.document_id) FROM event_reports r WHERE r.event_id = events.id),"
                + " num_sources = (SELECT COUNT(DISTINCT r.outlet_key) FROM event_reports r WHERE r.event_id = events.id)"
                + " WHERE id = ?")) {
            for (long id : eventIds) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** What counts as one source: the outlet's name, else the host of the URL, else the document itself. */
    static String outletKey(Analysis a, DocumentKey key) {
        if (a.article().outlet() != null && !a.article().outlet().isBlank()) {
            return a.article().outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (key.url() != null) {
            try {
                String host = URI.create(key.url()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // a malformed URL identifies nothing; the document stands for itself below
                return "doc:" + key.sha256();
            }
        }
        return "doc:" + key.sha256();
    }

    private static String name(String entityId, Map<String, Entity> entities) {
        Entity e = entityId == null ? null : entities.get(entityId);
        return e == null ? null : e.name();
    }

    private static void setSpan(PreparedStatement p, int first, Span s) throws SQLException {
        setInt(p, first, s == null ? null : s.begin());
        setInt(p, first + 1, s == null ? null : s.end());
        p.setString(first + 2, s == null ? null : s.text());
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }
}
