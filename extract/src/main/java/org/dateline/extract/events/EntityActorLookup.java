package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.EntityType;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Actors from the article's entities: the entity a nominal's head names, when the actors stage gave it
 * a code; else an entity among the head's possessor and modifiers ({@code Qatar's minister}), with the
 * role the head noun implies ({@code minister} -> GOV). The role nouns here are a small fallback for
 * heads the entity stage did not make entities of.
 */
public final class EntityActorLookup implements ActorCodeLookup {
    private static final Map<String, String> ROLE_NOUNS = Map.ofEntries(
            Map.entry("minister", "GOV"), Map.entry("ministry", "GOV"), Map.entry("government", "GOV"),
            Map.entry("president", "GOV"), Map.entry("official", "GOV"), Map.entry("spokesman", "GOV"),
            Map.entry("spokeswoman", "GOV"), Map.entry("spokesperson", "GOV"), Map.entry("ambassador", "GOV"),
            Map.entry("diplomat", "GOV"), Map.entry("leader", "GOV"), Map.entry("authority", "GOV"),
            Map.entry("army", "MIL"), Map.entry("military", "MIL"), Map.entry("troops", "MIL"), Map.entry("troop", "MIL"),
            Map.entry("force", "MIL"), Map.entry("soldier", "MIL"), Map.entry("police", "COP"),
            Map.entry("parliament", "LEG"), Map.entry("lawmaker", "LEG"), Map.entry("court", "JUD"),
            Map.entry("rebel", "REB"), Map.entry("militant", "REB"), Map.entry("opposition", "OPP"),
            Map.entry("protester", "OPP"), Map.entry("demonstrator", "OPP"));

    private final EntitySet entities;
    private final String homeCountry;

    public EntityActorLookup(EntitySet entities) {
        this(entities, null);
    }

    /**
     * {@code homeCountry}: the alpha-3 code of the country the story is filed from and about (see
     * {@code HomeCountry}), whose institutions the unqualified role nouns name; null when there is none.
     */
    public EntityActorLookup(EntitySet entities, String homeCountry) {
        this.entities = entities;
        this.homeCountry = homeCountry;
    }

    /**
     * "Qatar's Foreign Minister Mohammed ... Al Thani discussed": the parser may make the title the head
     * and the name its appositive or flat dependent; the person named is the actor, not a nameless office.
     */
    private Optional<ActorRef> namedPersonBeside(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String r = d.baseRelation();
            if (r.equals("appos") || r.equals("flat") || r.equals("compound") || r.equals("dep")) {
                Token m = s.token(d.dependent());
                Optional<EntityDraft> e = entities.at(m.begin(), m.end());
                if (e.isPresent() && e.get().type() == EntityType.PERSON && e.get().actor() != null) {
                    return Optional.of(new ActorRef(e.get().id(), e.get().actor().code(),
                            Math.min(head, d.dependent()), Math.max(head, d.dependent()) + 1));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ActorRef> actorsOf(Sentence s, int head) {
        Token h = s.token(head);
        Optional<EntityDraft> own = entities.at(h.begin(), h.end());
        if (own.isPresent() && own.get().actor() != null) {
            return List.of(new ActorRef(own.get().id(), own.get().actor().code(), head, head + 1));
        }
        if (own.isPresent()) {
            return List.of();
        }
        Optional<ActorRef> named = namedPersonBeside(s, head);
        if (named.isPresent()) {
            return List.of(named.get());
        }
        String role = ROLE_NOUNS.get(h.lemma().toLowerCase(java.util.Locale.ROOT));
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.startsWith("compound") || r.equals("amod") || role != null && r.equals("nmod")) {
                Token m = s.token(d.dependent());
                Optional<EntityDraft> e = entities.at(m.begin(), m.end());
                if (e.isPresent() && e.get().actor() != null) {
                    String code = e.get().actor().code();
                    boolean country = isCountryCode(code);
                    List<ActorRef> out = new ArrayList<>();
                    // a role noun makes the country's institution; an organisation's member keeps its code
                    out.add(new ActorRef(role == null ? e.get().id() : null,
                            role != null && country ? code + role : code, Math.min(head, d.dependent()), head + 1));
                    return out;
                }
                String pronoun = m.word().toLowerCase(java.util.Locale.ROOT);
                if (r.equals("nmod:poss") && role != null && POSSESSIVE_PRONOUNS.contains(pronoun)) {
                    return ownerAbove(s, head).map(code -> List.of(new ActorRef(null, code + role, d.dependent(), head + 1)))
                            .orElse(List.of());
                }
                if (r.equals("nmod:poss") && PERSONAL_POSSESSIVES.contains(pronoun)
                        && FOLLOWING_NOUNS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return personAbove(s, head).map(code -> List.of(new ActorRef(null, code, d.dependent(), head + 1)))
                            .orElse(List.of());
                }
            }
        }
        String lemma = h.lemma().toLowerCase(java.util.Locale.ROOT);
        if (BARE_ROLES.contains(lemma) && unmodifiedByName(s, head) || CROWDS.contains(lemma) && unnamedCrowd(s, head)) {
            // "police arrested twenty protesters": the home country's police; without one GDELT codes the role
            // alone rather than drop the event
            return List.of(new ActorRef(null, homeCountry == null ? role : homeCountry + role, head, head + 1));
        }
        return List.of();
    }

    /** Role nouns that name an actor even without a country: the institution is clear, its country is not. */
    private static final java.util.Set<String> BARE_ROLES = java.util.Set.of("police", "army", "military", "troops",
            "troop", "soldier", "rebel", "militant", "government", "authority", "opposition");

    /** People in the street: however many there are ("six protesters"), they are the home country's. */
    private static final java.util.Set<String> CROWDS = java.util.Set.of("protester", "demonstrator");

    private static boolean unnamedCrowd(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.startsWith("compound") || r.startsWith("nmod")
                    || r.equals("amod") && Character.isUpperCase(s.token(d.dependent()).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * No name or pronoun modifies the head, and it is one body, not several ("police", "the army"; not
     * "its troops", "the Gondor army", "both governments").
     */
    private static boolean unmodifiedByName(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            String w = s.token(d.dependent()).word();
            if (r.equals("nmod:poss") || r.startsWith("compound") || r.startsWith("nmod") || r.equals("nummod")
                    || r.equals("amod") && Character.isUpperCase(w.charAt(0))
                    || r.startsWith("det") && SEVERAL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> SEVERAL = java.util.Set.of("both", "all", "each", "either", "neither",
            "some", "many", "several", "other", "various");

    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("its", "their");

    /**
     * "Azerbaijan denied that its troops had attacked": the owner of "its" is the country or group that is
     * the subject of a clause above the phrase in the same sentence (the nearest one).
     */
    private Optional<String> ownerAbove(Sentence s, int head) {
        return entitySubjectsAbove(s, head).stream()
                .filter(e -> e.actor() != null && isCountryCode(e.actor().code()))
                .map(e -> e.actor().code()).findFirst();
    }

    /** The entities that are subjects of the clauses above {@code head} in its sentence, nearest clause first. */
    private List<EntityDraft> entitySubjectsAbove(Sentence s, int head) {
        List<EntityDraft> out = new ArrayList<>();
        for (int cur = governor(s, head), guard = 0; cur >= 0 && guard < s.tokens().size(); cur = governor(s, cur), guard++) {
            for (Dependency d : s.children(cur)) {
                if (d.baseRelation().startsWith("nsubj") && d.dependent() != head) {
                    Token subj = s.token(d.dependent());
                    entities.at(subj.begin(), subj.end()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> PERSONAL_POSSESSIVES = java.util.Set.of("his", "her");
    /** A person's own camp, which acts under the person's code ("his coalition", "her party"). */
    private static final java.util.Set<String> FOLLOWING_NOUNS = java.util.Set.of("coalition", "party", "movement",
            "alliance", "camp", "supporter", "follower", "administration", "government", "faction", "bloc");

    /**
     * "Odinga ... said his coalition would hold demonstrations": the owner of "his" is the person who is the
     * subject of a clause above the phrase in the same sentence (the nearest one), when the actors stage coded them.
     */
    private Optional<String> personAbove(Sentence s, int head) {
        return entitySubjectsAbove(s, head).stream().findFirst()
                .filter(e -> e.type() == EntityType.PERSON && e.actor() != null).map(e -> e.actor().code());
    }

    private static int governor(Sentence s, int token) {
        Dependency d = s.head(token);
        return d == null ? -1 : d.governor();
    }

    private static boolean isCountryCode(String code) {
        return code.length() == 3 && code.chars().allMatch(Character::isUpperCase);
    }
}
