package org.dateline.extract.actors;

import java.util.Objects;
import java.util.Optional;

/**
 * The dictionaries actor coding reads: the defaults shipped with Dateline and, when the user brings
 * them, PETRARCH/Phoenix dictionaries ({@link #withPetrarch}). Immutable; load once and share.
 */
public record ActorDictionaries(CountryDictionary countries, RoleDictionary roles, KnownActorDictionary known,
                                PetrarchActorDictionary petrarchOrNull) {
    public ActorDictionaries {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(known, "known");
    }

    public static ActorDictionaries defaults() {
        return new ActorDictionaries(CountryDictionary.defaults(), RoleDictionary.defaults(), KnownActorDictionary.defaults(), null);
    }

    public ActorDictionaries withPetrarch(PetrarchActorDictionary petrarch) {
        return new ActorDictionaries(countries, roles, known, petrarch);
    }

    public Optional<PetrarchActorDictionary> petrarch() {
        return Optional.ofNullable(petrarchOrNull);
    }
}
