package org.dateline.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.EntityType;

/** Organizations, armed and political groups and news media by name (default list {@code organizations.tsv}). */
public final class KnownActorDictionary {
    private final List<KnownActor> actors;
    private final Map<String, KnownActor> byName = new HashMap<>();
    private int longestName;

    public KnownActorDictionary(List<KnownActor> actors) {
        this.actors = List.copyOf(actors);
        for (KnownActor a : this.actors) {
            for (String n : a.names()) {
                byName.putIfAbsent(Names.key(n), a);
                longestName = Math.max(longestName, n.split("\\s+").length);
            }
        }
    }

    public static KnownActorDictionary defaults() {
        List<KnownActor> list = new ArrayList<>();
        for (String[] f : TsvResource.rows("organizations.tsv", 3)) {
            list.add(new KnownActor(f[0].trim(), EntityType.valueOf(f[1].trim().toUpperCase(Locale.ROOT)), TsvResource.list(f[2])));
        }
        return new KnownActorDictionary(list);
    }

    public Optional<KnownActor> lookup(String name) {
        return Optional.ofNullable(byName.get(Names.key(name)));
    }

    public List<KnownActor> all() {
        return actors;
    }

    /** Words in the longest name, so a scanner knows how far to look ahead. */
    public int longestName() {
        return longestName;
    }
}
