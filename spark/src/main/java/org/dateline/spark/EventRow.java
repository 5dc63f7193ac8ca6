package org.dateline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.model.Analysis;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Place;

/**
 * One coded event of one document, one Parquet row. The column names are those of
 * {@code dateline export --format csv} (id, date, source, target, cameo, plover, place, modality,
 * evidence, url) plus the document it came from and the fields a per-document event has that a
 * merged one does not (quad class, Goldstein, confidence). Before the store merges reports of the
 * same event, so no mentions/sources/articles counts.
 */
public record EventRow(String document, String id, String date, String source, String target, String cameo,
                       String plover, Integer quadClass, Double goldstein, String place, String modality,
                       String claimedBy, String evidence, String url, double confidence) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final StructType SCHEMA = new StructType()
            .add("document", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("date", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("target", DataTypes.StringType)
            .add("cameo", DataTypes.StringType, false)
            .add("plover", DataTypes.StringType)
            .add("quad_class", DataTypes.IntegerType)
            .add("goldstein", DataTypes.DoubleType)
            .add("place", DataTypes.StringType)
            .add("modality", DataTypes.StringType, false)
            .add("claimed_by", DataTypes.StringType)
            .add("evidence", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType, false);

    static List<EventRow> of(Analysis a) {
        List<EventRow> out = new ArrayList<>();
        for (Event e : a.events()) {
            out.add(new EventRow(a.document().id(), e.id(), e.date(), actor(e.source()), actor(e.target()), e.cameo(),
                    e.plover(), e.quadClass(), e.goldstein(), placeName(a, e.place()), e.modality().name().toLowerCase(),
                    e.claimedBy(), e.evidence() == null ? null : e.evidence().text(), a.document().url(),
                    e.confidence()));
        }
        return out;
    }

    public Row toRow() {
        return RowFactory.create(document, id, date, source, target, cameo, plover, quadClass, goldstein, place,
                modality, claimedBy, evidence, url, confidence);
    }

    /** The CAMEO actor code, as the CSV export shows a side when it has no name to add. */
    private static String actor(EventActor side) {
        if (side == null) {
            return null;
        }
        return side.code() != null ? side.code() : side.entity();
    }

    /** An event names its place by id; the table carries the place's name, as the CSV export does. */
    private static String placeName(Analysis a, String placeId) {
        if (placeId == null) {
            return null;
        }
        return a.places().stream().filter(p -> p.id().equals(placeId)).map(Place::name).findFirst().orElse(placeId);
    }
}
