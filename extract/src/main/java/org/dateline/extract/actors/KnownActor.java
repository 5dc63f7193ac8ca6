package org.dateline.extract.actors;

import java.util.List;
import org.dateline.model.EntityType;

/** An organization, group or outlet of the default dictionary: its CAMEO code, entity type and names (canonical first). */
public record KnownActor(String code, EntityType type, List<String> names) {
    public KnownActor {
        names = List.copyOf(names);
    }

    public String name() {
        return names.get(0);
    }
}
