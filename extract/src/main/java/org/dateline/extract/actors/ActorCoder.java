package org.dateline.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.EntityType;

/**
 * Gives an entity its CAMEO actor code, from what the text says first and dictionaries second: title
 * "Foreign Minister" with affiliation Iran is IRNGOV whatever a dictionary says; a dictionary code fills
 * what the text leaves open (the country of a bare "President X", the code of a named group) unless the
 * text contradicts its country.
 */
public final class ActorCoder {
    private final ActorDictionaries dictionaries;

    public ActorCoder(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public Optional<Actor> code(ActorEvidence e, LocalDate day) {
        if (e.governmentOf() != null) {
            return Optional.of(ActorCodes.of(e.governmentOf().alpha3(), List.of("GOV")));
        }
        return switch (e.type()) {
            case COUNTRY -> e.names().stream().map(n -> dictionaries.countries().byName(n)).flatMap(Optional::stream)
                    .findFirst().map(c -> ActorCodes.of(c.alpha3(), List.of()));
            case PERSON -> person(e, day);
            case ORGANIZATION, GROUP, MEDIA -> organization(e, day);
            case LOCATION -> Optional.empty();
        };
    }

    /** The actor of a country plus a role noun: ("U.S.", "forces") gives USAMIL. */
    public Actor nominal(Country country, RoleNoun role) {
        return ActorCodes.of(country.alpha3(), role.roles());
    }

    /** Role codes of a title: our role nouns first, PETRARCH agents second; empty when neither knows it. */
    public List<String> rolesOfTitles(List<String> titles) {
        for (String t : titles) {
            Optional<RoleNoun> r = dictionaries.roles().forPhrase(t);
            if (r.isPresent() && !r.get().roles().isEmpty()) {
                return r.get().roles();
            }
        }
        for (String t : titles) {
            List<String> agent = dictionaries.petrarch().map(p -> p.agentRoles(t)).orElse(List.of());
            if (!agent.isEmpty()) {
                return agent;
            }
        }
        return List.of();
    }

    private Optional<Actor> person(ActorEvidence e, LocalDate day) {
        List<String> roles = rolesOfTitles(e.titles());
        Actor affiliation = e.affiliation();
        if (affiliation != null && affiliation.country() == null || affiliation != null && !affiliation.roles().isEmpty()) {
            // a member of an organization or group is coded as it: Hamas's politburo chief is PSEREBHMS
            return Optional.of(affiliation);
        }
        Optional<Actor> dictionary = petrarchCode(e.names(), day);
        if (affiliation != null) {
            String country = affiliation.country();
            if (roles.isEmpty() && dictionary.isPresent() && country.equals(dictionary.get().country())) {
                return dictionary;
            }
            return Optional.of(ActorCodes.of(country, roles));
        }
        if (dictionary.isPresent() && !roles.isEmpty() && dictionary.get().country() != null) {
            return Optional.of(ActorCodes.of(dictionary.get().country(), roles));
        }
        return dictionary;
    }

    private Optional<Actor> organization(ActorEvidence e, LocalDate day) {
        for (String name : e.names()) {
            Optional<KnownActor> known = dictionaries.known().lookup(name);
            if (known.isPresent()) {
                return Optional.of(ActorCodes.parse(known.get().code(), dictionaries.countries()));
            }
        }
        for (String name : e.names()) {
            Optional<Actor> composed = composed(name);
            if (composed.isPresent()) {
                return composed;
            }
        }
        Optional<Actor> dictionary = petrarchCode(e.names(), day);
        if (dictionary.isPresent()) {
            return dictionary;
        }
        if (e.affiliation() != null && e.affiliation().country() != null && e.type() == EntityType.MEDIA) {
            return Optional.of(ActorCodes.of(e.affiliation().country(), List.of("MED")));
        }
        return Optional.empty();
    }

    /** A name made of a country and a role noun: "Iranian Foreign Ministry", "Israeli army". */
    Optional<Actor> composed(String name) {
        String[] words = name.replace('’', '\'').split("\\s+");
        for (int split = 1; split < words.length; split++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
            Optional<Country> country = dictionaries.countries().byNameOrDemonym(head);
            Optional<RoleNoun> role = dictionaries.roles().forPhrase(rest);
            if (country.isPresent() && role.isPresent() && role.get().kind() == RoleNoun.Kind.BODY) {
                return Optional.of(nominal(country.get(), role.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> petrarchCode(List<String> names, LocalDate day) {
        if (dictionaries.petrarch().isEmpty()) {
            return Optional.empty();
        }
        PetrarchActorDictionary p = dictionaries.petrarch().get();
        List<String> candidates = new ArrayList<>(names);
        for (String name : candidates) {
            if (p.isDiscarded(name)) {
                return Optional.empty();
            }
            Optional<String> code = p.actorCode(name, day);
            if (code.isPresent()) {
                // a mention is one actor: of a multi-actor entry (FRO/BIL/SAM) it takes the first
                return Optional.of(ActorCodes.parse(DatedCode.codes(code.get()).get(0), dictionaries.countries()));
            }
        }
        return Optional.empty();
    }
}
