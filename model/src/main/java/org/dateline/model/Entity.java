package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** One real-world actor of the article with every mention of it. {@code affiliation} is another entity's id. */
public record Entity(String id, String name, EntityType type, List<String> titles, String affiliation,
                     Actor actor, List<Span> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        titles = List.copyOf(titles == null ? List.of() : titles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
