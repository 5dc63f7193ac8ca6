package org.dateline.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Finds every span of a record that does not point at its own text, and every dangling id. */
public final class SpanCheck {
    private SpanCheck() {
    }

    public static List<String> problems(Analysis a) {
        String text = a.article().text();
        List<String> out = new ArrayList<>();
        Consumer<Span> check = new Consumer<>() {
            @Override
            public void accept(Span s) {
                if (s != null && !s.pointsInto(text)) {
                    out.add("span [" + s.begin() + "," + s.end() + ") \"" + abbreviate(s.text())
                            + "\" does not match the text there");
                }
            }
        };
        Article art = a.article();
        for (Section s : art.sections()) {
            if (s.end() > text.length()) {
                out.add("section " + s.kind().wireName() + " [" + s.begin() + "," + s.end() + ") beyond the text");
            }
        }
        art.captions().forEach(c -> check.accept(c.span()));
        if (art.dateline() != null) {
            check.accept(art.dateline().span());
        }
        Set<String> entityIds = new HashSet<>();
        for (Entity e : a.entities()) {
            entityIds.add(e.id());
            e.mentions().forEach(check);
        }
        Set<String> placeIds = new HashSet<>();
        for (Place p : a.places()) {
            placeIds.add(p.id());
            p.mentions().forEach(check);
        }
        a.times().forEach(t -> check.accept(t.span()));
        for (Entity e : a.entities()) {
            requireId(out, "affiliation of " + e.id(), e.affiliation(), entityIds);
        }
        for (Quote q : a.quotes()) {
            check.accept(q.content());
            check.accept(q.cue());
            if (q.speaker() != null) {
                check.accept(q.speaker().mention());
                requireId(out, "speaker of " + q.id(), q.speaker().entity(), entityIds);
            }
            q.reportedBy().forEach(id -> requireId(out, "reportedBy of " + q.id(), id, entityIds));
        }
        for (Event v : a.events()) {
            check.accept(v.evidence());
            check.accept(v.trigger());
            if (v.source() != null) {
                requireId(out, "source of " + v.id(), v.source().entity(), entityIds);
            }
            if (v.target() != null) {
                requireId(out, "target of " + v.id(), v.target().entity(), entityIds);
            }
            requireId(out, "claimedBy of " + v.id(), v.claimedBy(), entityIds);
            requireId(out, "place of " + v.id(), v.place(), placeIds);
        }
        return out;
    }

    private static void requireId(List<String> out, String what, String id, Set<String> known) {
        if (id != null && !known.contains(id)) {
            out.add(what + " names unknown id " + id);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
