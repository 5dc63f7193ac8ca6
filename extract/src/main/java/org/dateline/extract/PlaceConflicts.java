package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.EntityType;
import org.dateline.model.Place;
import org.dateline.model.Span;

/**
 * Drops place mentions that the actors stage knows to name something else: "Fars" in "Fars news agency"
 * is a news outlet, not the Iranian province; "Hamas" is a group. A place left without mentions goes.
 */
final class PlaceConflicts {
    private static final Set<EntityType> NOT_PLACES = Set.of(EntityType.MEDIA, EntityType.PERSON, EntityType.GROUP,
            EntityType.ORGANIZATION);

    private PlaceConflicts() {
    }

    static List<Place> resolve(List<Place> places, EntitySet entities) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            List<Span> kept = p.mentions().stream().filter(m -> !namesOther(entities, m)).toList();
            if (kept.isEmpty()) {
                continue;
            }
            out.add(kept.size() == p.mentions().size() ? p : new Place(p.id(), p.name(), p.country(), p.geonameId(),
                    p.lat(), p.lon(), p.featureCode(), kept));
        }
        return out;
    }

    private static boolean namesOther(EntitySet entities, Span m) {
        for (EntityDraft e : entities.all()) {
            if (NOT_PLACES.contains(e.type()) && e.mentions().stream().anyMatch(x -> x.contains(m))) {
                return true;
            }
        }
        return false;
    }
}
