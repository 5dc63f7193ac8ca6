package org.dateline.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.AnalysisJson;
import org.dateline.store.EventReport;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredPlace;

/**
 * PLOVER event records as JSON lines, with the field names of the PLOVER specification's data
 * interchange chapter: id, date, source and recipient (lists of actor objects: code, sector,
 * actor_text), event, event_loc (GeoNames-named), event_text, quad_code, event_scale, cite_info,
 * coder. Events without a PLOVER type (CAMEO 01 and 02, which PLOVER drops) are left out. Our own
 * additions carry a dateline_ prefix.
 */
public final class PloverFormat {
    private PloverFormat() {
    }

    public static void write(List<StoredEvent> events, Writer out) throws IOException {
        for (StoredEvent e : events) {
            if (e.plover() != null) {
                out.write(AnalysisJson.mapper().writeValueAsString(record(e)));
                out.write('\n');
            }
        }
    }

    public static ObjectNode record(StoredEvent e) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", "dateline-" + e.id());
        o.put("date", e.date());
        o.set("source", actors(e.sourceCode(), e.sourceName()));
        o.set("recipient", actors(e.targetCode(), e.targetName()));
        o.putArray("event").add(e.plover());
        StoredPlace p = e.place();
        if (p != null) {
            ObjectNode loc = o.putObject("event_loc");
            loc.put("name", p.name());
            if (p.geonameId() != null) {
                loc.put("geonameid", p.geonameId());
            }
            if (p.lat() != null) {
                loc.put("latitude", p.lat());
                loc.put("longitude", p.lon());
            }
            loc.put("feature code", p.featureCode());
            loc.put("country code", p.country());
        }
        ArrayNode texts = o.putArray("event_text");
        Set<String> modalities = new LinkedHashSet<>();
        for (EventReport r : e.reports()) {
            if (r.evidence() != null) {
                texts.add(r.evidence().text());
            }
            modalities.add(r.modality());
        }
        if (e.quadClass() != null) {
            o.put("quad_code", e.quadClass());
        }
        if (e.goldstein() != null) {
            o.put("event_scale", e.goldstein());
        }
        if (!e.reports().isEmpty()) {
            EventReport first = e.reports().get(0);
            if (first.evidence() != null) {
                o.putObject("text_info").put("start", first.evidence().begin()).put("end", first.evidence().end());
            }
            ObjectNode cite = o.putObject("cite_info");
            cite.put("url", first.urlOrPath());
            cite.put("publication", first.outlet());
        }
        o.put("coder", "dateline");
        o.put("coded_date", e.dateAdded() == null ? null : e.dateAdded().substring(0, 10));
        o.put("dateline_cameo", e.cameo());
        o.put("dateline_num_mentions", e.numMentions());
        o.put("dateline_num_sources", e.numSources());
        o.put("dateline_num_articles", e.numArticles());
        ArrayNode mods = o.putArray("dateline_modality");
        modalities.forEach(mods::add);
        return o;
    }

    /** A CAMEO code split the PLOVER way: the top-level (country) code and the sector. */
    private static ArrayNode actors(String code, String name) {
        ArrayNode list = AnalysisJson.mapper().createArrayNode();
        if (code == null && name == null) {
            return list;
        }
        ObjectNode a = list.addObject();
        if (code != null) {
            a.put("code", code.length() >= 3 ? code.substring(0, 3) : code);
            if (code.length() > 3) {
                a.put("sector", code.substring(3));
            }
        }
        if (name != null) {
            a.put("actor_text", name);
        }
        return list;
    }
}
