package org.dateline.extract.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.actors.ActorCodes;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.Country;
import org.dateline.extract.actors.RoleNoun;
import org.dateline.model.Actor;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Actors named by common nouns. A country with a collective role noun ("U.S. forces", "American
 * troops", "Iran's foreign ministry") is an entity coded country + role (USAMIL), one per code. A
 * definite title phrase ("the Qatari minister", "the top diplomat") becomes a mention of the person it
 * denotes; when none was named but the phrase gives a country, it becomes an unnamed person of its own.
 */
final class NominalFinder {
    private static final Set<String> PREMODIFIERS = Set.of("compound", "amod", "nmod:poss", "det");
    private static final Set<String> GROUP_ROLES = Set.of("REB", "UAF", "OPP", "INS");

    private final ActorDictionaries dictionaries;
    private final NameCollector names;

    NominalFinder(ActorDictionaries dictionaries, NameCollector names) {
        this.dictionaries = dictionaries;
        this.names = names;
    }

    void find(AnnotatedText text, EntitySet set) {
        EntityResolver resolver = new EntityResolver(set, dictionaries);
        for (Sentence s : text.sentences()) {
            for (Token h : s.tokens()) {
                if (!h.isNoun() || !"O".equals(h.ner()) || isCompoundOfNoun(s, h.index()) || beforeName(s, h.index())) {
                    continue;
                }
                Optional<RoleNoun> single = dictionaries.roles().forPhrase(h.word());
                if (single.isEmpty()) {
                    continue;
                }
                int start = premodifierStart(s, h.index());
                if (single.get().kind() == RoleNoun.Kind.BODY) {
                    body(text, set, s, start, h.index());
                } else if (!h.pos().endsWith("S") && isDefinite(s, h.index()) && !isAppositive(s, h.index())) {
                    person(text, set, resolver, s, start, h.index());
                }
            }
        }
    }

    private void body(AnnotatedText text, EntitySet set, Sentence s, int start, int head) {
        EntityResolver.Nominal n = EntityResolver.Nominal.read(s, start, head + 1, dictionaries);
        if (n.country() == null) {
            return;
        }
        Optional<RoleNoun> role = dictionaries.roles().forPhrase(n.title());
        if (role.isEmpty() || role.get().kind() != RoleNoun.Kind.BODY) {
            return;
        }
        Actor actor = ActorCodes.of(n.country().alpha3(), role.get().roles());
        Span span = Span.of(text.text(), s.token(n.countryToken()).begin(), s.token(head).end());
        EntityDraft entity = null;
        for (EntityDraft d : set.all()) {
            String code = d.actor() != null ? d.actor().code()
                    : dictionaries.known().lookup(d.name()).map(k -> k.code()).orElse(null);
            if (actor.code().equals(code) && d.type() != EntityType.PERSON && d.type() != EntityType.COUNTRY) {
                entity = d;
            }
        }
        if (entity == null) {
            boolean group = role.get().roles().stream().anyMatch(GROUP_ROLES::contains);
            entity = set.create(span.text(), group ? EntityType.GROUP : EntityType.ORGANIZATION);
            entity.setActor(actor);
        }
        entity.addMention(span);
        entity.setAffiliation(country(text, set, s, n).id());
    }

    private void person(AnnotatedText text, EntitySet set, EntityResolver resolver, Sentence s, int start, int head) {
        Span span = Span.of(text.text(), s.token(start).begin(), s.token(head).end());
        if (set.at(span.begin(), span.end()).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
            return;
        }
        Optional<EntityDraft> person = resolver.resolveNominal(text, s, start, head + 1);
        if (person.isPresent()) {
            person.get().addMention(span);
            return;
        }
        EntityResolver.Nominal n = EntityResolver.Nominal.read(s, start, head + 1, dictionaries);
        if (n.country() != null && !n.title().isEmpty()) {
            EntityDraft unnamed = set.create(n.country().demonyms().isEmpty() ? n.title()
                    : n.country().demonyms().get(0) + " " + n.title().toLowerCase(Locale.ROOT), EntityType.PERSON);
            unnamed.addTitle(n.title());
            unnamed.addMention(span);
            unnamed.setAffiliation(country(text, set, s, n).id());
        }
    }

    private EntityDraft country(AnnotatedText text, EntitySet set, Sentence s, EntityResolver.Nominal n) {
        Country c = n.country();
        EntityDraft d = names.ensureCountry(set, c);
        Token t = s.token(n.countryToken());
        if (!d.hasMentionOverlapping(t.begin(), t.end())) {
            d.addMention(Span.of(text.text(), t.begin(), t.end()));
        }
        return d;
    }

    /** The first token of the premodifiers of {@code head}: determiners, adjectives, compounds, possessors. */
    private static int premodifierStart(Sentence s, int head) {
        int start = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < head && PREMODIFIERS.contains(d.relation())) {
                start = Math.min(start, s.subtreeRange(d.dependent())[0]);
            }
        }
        return start;
    }

    private static boolean isDefinite(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("det") && w.equals("the") || d.relation().equals("nmod:poss") && !s.token(d.dependent()).pos().startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    /** "X, the spokesman of ...": an appositive title is the name's, not a new mention to resolve. */
    private static boolean isAppositive(Sentence s, int head) {
        Dependency up = s.head(head);
        return up != null && up.relation().equals("appos");
    }

    /** "Foreign Minister Mohammed ...": a title right before a name belongs to the name (TitleFinder's job). */
    private static boolean beforeName(Sentence s, int token) {
        return token + 1 < s.tokens().size() && "PERSON".equals(s.token(token + 1).ner());
    }

    private static boolean isCompoundOfNoun(Sentence s, int token) {
        Dependency up = s.head(token);
        return up != null && up.relation().equals("compound") && up.governor() >= 0 && s.token(up.governor()).isNoun();
    }
}
