package org.dateline.extract.actors;

import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.EntityType;

/**
 * What the article says about one entity, as actor coding needs it: its names (canonical first), type,
 * titles, the actor of its affiliation (a country's is the bare country code), and the country whose
 * capital it is when the text uses it for the government ("Washington said"), else null.
 */
public record ActorEvidence(List<String> names, EntityType type, List<String> titles, Actor affiliation,
                            Country governmentOf) {
    public ActorEvidence {
        names = List.copyOf(names);
        titles = List.copyOf(titles);
    }
}
