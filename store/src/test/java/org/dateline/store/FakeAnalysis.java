package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Span;

/**
 * Stands in for the real analyzer in store tests: the first word of the text is an actor that
 * "met" a fixed partner, so every document yields one entity, one event and a few rows elsewhere.
 */
final class FakeAnalysis implements Ingester.AnalysisStep {
    private final long delayMillis;

    FakeAnalysis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Analysis analyze(SourceDocument doc) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        String text = new String(doc.bytes(), StandardCharsets.UTF_8);
        int space = text.indexOf(' ');
        String first = text.substring(0, space < 0 ? text.length() : space);
        Entity e = new Entity("E1", first, EntityType.ORGANIZATION, List.of(), null,
                new Actor("AAAGOV", "AAA", List.of("GOV")), List.of(Span.of(text, 0, first.length())));
        Event v = new Event("V1", "040", "CONSULT", 1, 1.0, new EventActor("E1", "AAAGOV"), new EventActor(null, "BBBGOV"),
                "2024-01-0" + (1 + Math.floorMod(text.hashCode(), 5)), null, Modality.ASSERTED, null,
                Span.of(text, 0, text.length()), Span.of(text, 0, first.length()), 0.5);
        Article a = new Article(text, null, null, "Outlet " + Math.floorMod(text.hashCode(), 3), "2024-01-01", null,
                List.of(), List.of(), "en");
        return new Analysis(Analysis.VERSION, new DocumentInfo(DocumentKey.sha256(doc.bytes()), doc.path(), "text/plain",
                doc.bytes().length), a, List.of(e), List.of(), List.of(), List.of(), List.of(v), List.of());
    }
}
