package org.dateline.extract.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.actors.ActorCodes;
import org.dateline.extract.actors.ActorCoder;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.ActorEvidence;
import org.dateline.extract.actors.Country;
import org.dateline.extract.actors.RoleNoun;
import org.dateline.model.Actor;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * The last pass: every entity gets its CAMEO actor code. Countries, organizations and places first, so
 * that people can take the code of what they are affiliated with. A capital that is the subject of a
 * verb ("Washington said") stands for its country's government.
 */
final class EntityCoding {
    private final ActorDictionaries dictionaries;
    private final ActorCoder coder;

    EntityCoding(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.coder = new ActorCoder(dictionaries);
    }

    void code(AnnotatedText text, EntitySet set, LocalDate day) {
        for (EntityDraft d : set.all()) {
            if (d.type() != EntityType.PERSON) {
                codeOne(text, set, d, day);
            }
        }
        for (EntityDraft d : set.all()) {
            if (d.type() == EntityType.PERSON) {
                codeOne(text, set, d, day);
            }
        }
    }

    /**
     * People whose title gives a role ("President", "Interior Minister") but whose country the text never
     * gives, in a story with a home country (see {@code HomeCountry}): that country's officials.
     */
    void codeLocalOfficials(EntitySet set, String alpha3) {
        for (EntityDraft d : set.all()) {
            if (d.type() == EntityType.ORGANIZATION && d.actor() == null) {
                localBody(d.name()).ifPresent(roles -> d.setActor(ActorCodes.of(alpha3, roles)));
            }
        }
        for (EntityDraft d : set.all()) {
            if (d.type() != EntityType.PERSON || d.actor() != null) {
                continue;
            }
            Optional<Actor> affiliation = Optional.ofNullable(d.affiliation()).flatMap(set::byId).map(EntityDraft::actor);
            if (affiliation.isPresent()) {
                // a member of a body coded only now ("Senate Majority Leader Tom Reyes") is coded as it
                d.setActor(affiliation.get());
            } else if (!d.titles().isEmpty()) {
                List<String> roles = coder.rolesOfTitles(List.copyOf(d.titles()));
                if (!roles.isEmpty()) {
                    d.setActor(ActorCodes.of(alpha3, roles));
                }
            }
        }
    }

    /**
     * The roles of an organization named by a body noun alone ("Senate", "the Supreme Court", "Parliament"):
     * in a story with a home country that is the home country's body. A longer name ("Ohio Farm Bureau")
     * is not read from its last word.
     */
    private Optional<List<String>> localBody(String name) {
        String bare = name.replaceFirst("(?i)^the\\s+", "").strip();
        return dictionaries.roles().forPhrase(bare)
                .filter(r -> r.kind() == RoleNoun.Kind.BODY && !r.roles().isEmpty())
                .filter(r -> r.phrase().split(" ").length == bare.split("\\s+").length)
                .map(RoleNoun::roles);
    }

    private void codeOne(AnnotatedText text, EntitySet set, EntityDraft d, LocalDate day) {
        Set<String> names = new LinkedHashSet<>();
        names.add(d.name());
        d.mentions().forEach(m -> names.add(m.text()));
        Actor affiliation = null;
        if (d.affiliation() != null) {
            affiliation = set.byId(d.affiliation()).map(this::actorOf).orElse(null);
        }
        Country government = d.type() == EntityType.LOCATION ? governmentOf(text, d) : null;
        Optional<Actor> actor = coder.code(new ActorEvidence(new ArrayList<>(names), d.type(), List.copyOf(d.titles()),
                affiliation, government), day);
        actor.ifPresent(d::setActor);
    }

    private Actor actorOf(EntityDraft affiliation) {
        if (affiliation.actor() != null) {
            return affiliation.actor();
        }
        if (affiliation.type() == EntityType.COUNTRY) {
            return dictionaries.countries().byName(affiliation.name()).map(c -> ActorCodes.of(c.alpha3(), List.of())).orElse(null);
        }
        return null;
    }

    /** The country whose government a capital stands for when one of its mentions is a verb's subject. */
    private Country governmentOf(AnnotatedText text, EntityDraft place) {
        Optional<Country> country = dictionaries.countries().byCapital(place.name());
        if (country.isEmpty()) {
            return null;
        }
        for (Span m : place.mentions()) {
            Sentence s = text.sentenceAt(m.begin());
            int last = s == null ? -1 : TitleFinder.tokenEndingAt(s, m.end());
            if (last < 0) {
                continue;
            }
            Dependency up = s.head(last);
            if (up != null && up.relation().startsWith("nsubj") && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
                return country.get();
            }
        }
        return null;
    }
}
