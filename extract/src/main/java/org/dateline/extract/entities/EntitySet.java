package org.dateline.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/** The entities of one article, in order of first mention, with lookup by character offset. */
public final class EntitySet {
    private final List<EntityDraft> drafts = new ArrayList<>();

    public EntityDraft create(String name, EntityType type) {
        EntityDraft d = new EntityDraft("E" + (drafts.size() + 1), name, type);
        drafts.add(d);
        return d;
    }

    public List<EntityDraft> all() {
        return List.copyOf(drafts);
    }

    public Optional<EntityDraft> byId(String id) {
        return drafts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The entity one of whose mentions overlaps [begin, end), preferring the one that starts there. */
    public Optional<EntityDraft> at(int begin, int end) {
        EntityDraft best = null;
        for (EntityDraft d : drafts) {
            if (d.hasMentionOverlapping(begin, end)) {
                if (d.mentions().stream().anyMatch(m -> m.begin() == begin)) {
                    return Optional.of(d);
                }
                if (best == null) {
                    best = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Entity> toEntities() {
        return drafts.stream().map(EntityDraft::toEntity).toList();
    }
}
