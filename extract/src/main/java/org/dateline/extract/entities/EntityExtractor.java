package org.dateline.extract.entities;

import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;

/**
 * Groups the named-entity mentions of an article into entities: one per real-world actor, named by
 * its fullest proper name, then adds the titles and affiliations the text gives them.
 */
public final class EntityExtractor {
    private final TitleFinder titles = new TitleFinder();

    public EntitySet extract(AnnotatedText text) {
        EntitySet set = new EntitySet();
        for (NerMention m : text.mentions()) {
            EntityType type = typeOf(m.type());
            if (type == null) {
                continue;
            }
            Span span = Span.of(text.text(), m.begin(), m.end());
            EntityDraft match = findMatch(set, m.text(), type);
            if (match == null) {
                match = set.create(m.text(), type);
            } else if (type == EntityType.PERSON && m.text().length() > match.name().length()) {
                match.rename(m.text());
            }
            match.addMention(span);
        }
        titles.addTitles(text, set);
        return set;
    }

    private static EntityDraft findMatch(EntitySet set, String name, EntityType type) {
        for (EntityDraft d : set.all()) {
            if (d.type() != type) {
                continue;
            }
            boolean same = type == EntityType.PERSON ? NameMatcher.samePerson(d.name(), name) : NameMatcher.sameName(d.name(), name);
            if (same) {
                return d;
            }
        }
        return null;
    }

    /** Coarse NER types to entity types; MISC (nationalities, events, works) does not make an entity. */
    static EntityType typeOf(String nerType) {
        return switch (nerType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
