package org.dateline.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/** The entities of one article, in order of first mention, with lookup by character offset. */
public final class EntitySet {
    private final List<EntityDraft> drafts = new ArrayList<>();
    private int created;

    public EntityDraft create(String name, EntityType type) {
        created++;
        EntityDraft d = new EntityDraft("E" + created, name, type);
        drafts.add(d);
        return d;
    }

    public List<EntityDraft> all() {
        return List.copyOf(drafts);
    }

    public Optional<EntityDraft> byId(String id) {
        return drafts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The entity named by [begin, end): the one with a mention of exactly that span, else the longest
     * mention starting at {@code begin} ("U.S. forces" before "U.S."), else any overlapping one.
     */
    public Optional<EntityDraft> at(int begin, int end) {
        EntityDraft startsHere = null;
        int startsHereLength = -1;
        EntityDraft overlapping = null;
        for (EntityDraft d : drafts) {
            for (Span m : d.mentions()) {
                if (m.begin() == begin && m.end() == end) {
                    return Optional.of(d);
                }
                if (m.begin() == begin && m.end() <= Math.max(end, begin + 1) && m.length() > startsHereLength) {
                    startsHere = d;
                    startsHereLength = m.length();
                }
                if (overlapping == null && m.begin() < end && begin < m.end()) {
                    overlapping = d;
                }
            }
        }
        return Optional.ofNullable(startsHere != null ? startsHere : overlapping);
    }

    /** Folds {@code drop} into {@code keep}; affiliations that pointed at {@code drop} now point at {@code keep}. */
    void merge(EntityDraft keep, EntityDraft drop) {
        if (keep == drop) {
            return;
        }
        keep.absorb(drop);
        drafts.remove(drop);
        for (EntityDraft d : drafts) {
            if (drop.id().equals(d.affiliation())) {
                if (d == keep) {
                    d.clearAffiliation();
                } else {
                    d.setAffiliation(keep.id());
                }
            }
        }
    }

    /** Drops entities left without mentions and numbers the rest E1, E2, ... in order of first mention. */
    void compact() {
        drafts.removeIf(d -> d.mentions().isEmpty());
        drafts.sort((a, b) -> a.mentions().get(0).compareTo(b.mentions().get(0)));
        Map<String, String> renamed = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            renamed.put(drafts.get(i).id(), "E" + (i + 1));
        }
        for (EntityDraft d : drafts) {
            d.renumber(renamed.get(d.id()));
        }
        for (EntityDraft d : drafts) {
            if (d.affiliation() != null) {
                String target = renamed.get(d.affiliation());
                if (target == null) {
                    d.clearAffiliation();
                } else {
                    d.setAffiliation(target);
                }
            }
        }
        created = drafts.size();
    }

    public List<Entity> toEntities() {
        return drafts.stream().map(EntityDraft::toEntity).toList();
    }
}
