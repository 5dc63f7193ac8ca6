package org.dateline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.model.Analysis;
import org.dateline.model.Entity;
import org.dateline.model.Quote;

/**
 * One quote of one document, one Parquet row: who said what, with which cue, through whom, and the
 * document (id, URL) it was reported in, as the store's quote search shows them.
 */
public record QuoteRow(String document, String id, String kind, String speaker, String speakerMention, String cue,
                       String content, String reportedBy, String url) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final StructType SCHEMA = new StructType()
            .add("document", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("speaker", DataTypes.StringType)
            .add("speaker_mention", DataTypes.StringType)
            .add("cue", DataTypes.StringType)
            .add("content", DataTypes.StringType, false)
            .add("reported_by", DataTypes.StringType)
            .add("url", DataTypes.StringType);

    static List<QuoteRow> of(Analysis a) {
        List<QuoteRow> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            String speaker = q.speaker() == null ? null : entityName(a, q.speaker().entity());
            String mention = q.speaker() == null || q.speaker().mention() == null ? null : q.speaker().mention().text();
            out.add(new QuoteRow(a.document().id(), q.id(), q.kind().name().toLowerCase(), speaker, mention,
                    q.cue() == null ? null : q.cue().text(), q.content().text(), String.join(",", q.reportedBy()),
                    a.document().url()));
        }
        return out;
    }

    public Row toRow() {
        return RowFactory.create(document, id, kind, speaker, speakerMention, cue, content, reportedBy, url);
    }

    private static String entityName(Analysis a, String entityId) {
        if (entityId == null) {
            return null;
        }
        return a.entities().stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst()
                .orElse(entityId);
    }
}
