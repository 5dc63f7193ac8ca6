package org.dateline.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/** An entity while the stages of extraction still add mentions, titles and codes to it. */
public final class EntityDraft {
    private String id;
    private String name;
    private EntityType type;
    private final Set<String> titles = new LinkedHashSet<>();
    private String affiliation;
    private Actor actor;
    private final List<Span> mentions = new ArrayList<>();

    EntityDraft(String id, String name, EntityType type) {
        this.id = id;
        this.name = name;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EntityType type() {
        return type;
    }

    public List<Span> mentions() {
        return List.copyOf(mentions);
    }

    public Set<String> titles() {
        return Set.copyOf(titles);
    }

    public String affiliation() {
        return affiliation;
    }

    public Actor actor() {
        return actor;
    }

    void rename(String fullerName) {
        this.name = fullerName;
    }

    public void retype(EntityType newType) {
        this.type = newType;
    }

    public void addTitle(String title) {
        titles.add(title);
    }

    public void setAffiliation(String entityId) {
        if (!id.equals(entityId)) {
            this.affiliation = entityId;
        }
    }

    public void setActor(Actor actor) {
        this.actor = actor;
    }

    /** Adds a mention unless one with the same span is already there. */
    public void addMention(Span span) {
        if (!mentions.contains(span)) {
            mentions.add(span);
            mentions.sort(null);
        }
    }

    public boolean hasMentionOverlapping(int begin, int end) {
        for (Span m : mentions) {
            if (m.begin() < end && begin < m.end()) {
                return true;
            }
        }
        return false;
    }

    void renumber(String newId) {
        this.id = newId;
    }

    void clearAffiliation() {
        this.affiliation = null;
    }

    /** Takes over the mentions and titles of {@code other}, which describes the same actor. */
    void absorb(EntityDraft other) {
        other.mentions.forEach(this::addMention);
        titles.addAll(other.titles);
        if (affiliation == null && other.affiliation != null) {
            setAffiliation(other.affiliation);
        }
        if (actor == null) {
            actor = other.actor;
        }
    }

    /** The last mention ending at or before {@code offset}, or null. */
    Span lastMentionBefore(int offset) {
        Span best = null;
        for (Span m : mentions) {
            if (m.end() <= offset && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    Entity toEntity() {
        return new Entity(id, name, type, List.copyOf(titles), affiliation, actor, mentions);
    }
}
