package org.dateline.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.extract.actors.ActorCodes;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.Country;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Finds the person a title phrase denotes: "the Qatari minister" is the most recently mentioned person
 * whose title fits "minister" and whose country is Qatar; "the top diplomat" the most recent one whose
 * title is a diplomat's. Other stages (quote attribution, events) call {@link #resolveNominal}.
 */
public final class EntityResolver {
    private static final List<List<String>> TITLE_FAMILIES = List.of(
            List.of("diplomat", "foreign minister", "secretary of state", "foreign secretary", "ambassador", "envoy",
                    "minister of foreign affairs"),
            List.of("leader", "chief", "head", "chairman", "chairwoman", "president", "premier", "prime minister",
                    "secretary-general", "secretary general", "king", "emir", "sultan"),
            List.of("commander", "general", "army chief", "chief of staff"));

    private final EntitySet set;
    private final ActorDictionaries dictionaries;

    public EntityResolver(EntitySet set, ActorDictionaries dictionaries) {
        this.set = set;
        this.dictionaries = dictionaries;
    }

    /**
     * The person that tokens [firstToken, endToken) of {@code sentence} denote ("the Qatari minister"), or
     * empty when no earlier-mentioned person fits. A span that already is an entity's mention gives that entity.
     */
    public Optional<EntityDraft> resolveNominal(AnnotatedText text, Sentence sentence, int firstToken, int endToken) {
        if (firstToken < 0 || endToken > sentence.tokens().size() || endToken <= firstToken) {
            return Optional.empty();
        }
        int begin = sentence.token(firstToken).begin();
        int end = sentence.token(endToken - 1).end();
        Optional<EntityDraft> already = set.at(begin, end)
                .filter(e -> e.mentions().stream().anyMatch(m -> m.begin() == begin && m.end() == end));
        if (already.isPresent()) {
            return already;
        }
        Nominal n = Nominal.read(sentence, firstToken, endToken, dictionaries);
        if (n.title().isEmpty()) {
            return Optional.empty();
        }
        EntityDraft best = null;
        int bestEnd = -1;
        for (EntityDraft p : set.all()) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            Span last = p.lastMentionBefore(begin);
            if (last == null || last.end() <= bestEnd) {
                continue;
            }
            if (titleFits(p, n.title()) && countryFits(p, n.country())) {
                best = p;
                bestEnd = last.end();
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean titleFits(EntityDraft person, String nominalTitle) {
        String wanted = nominalTitle.toLowerCase(Locale.ROOT);
        String head = wanted.substring(wanted.lastIndexOf(' ') + 1);
        for (String t : person.titles()) {
            String title = t.toLowerCase(Locale.ROOT);
            if (title.endsWith(wanted) || title.endsWith(" " + head) || title.equals(head)) {
                return true;
            }
            for (List<String> family : TITLE_FAMILIES) {
                if (family.stream().anyMatch(wanted::endsWith) && family.stream().anyMatch(title::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean countryFits(EntityDraft person, Country wanted) {
        if (wanted == null) {
            return true;
        }
        return countryOf(person).filter(wanted.alpha3()::equals).isPresent();
    }

    /** The country a person belongs to by the text: its affiliation when that is a country or a coded actor. */
    Optional<String> countryOf(EntityDraft person) {
        if (person.actor() != null && person.actor().country() != null) {
            return Optional.of(person.actor().country());
        }
        if (person.affiliation() == null) {
            return Optional.empty();
        }
        Optional<EntityDraft> aff = set.byId(person.affiliation());
        if (aff.isEmpty()) {
            return Optional.empty();
        }
        if (aff.get().type() == EntityType.COUNTRY) {
            return dictionaries.countries().byName(aff.get().name()).map(Country::alpha3);
        }
        if (aff.get().actor() != null) {
            return Optional.ofNullable(aff.get().actor().country());
        }
        return dictionaries.known().lookup(aff.get().name())
                .map(k -> ActorCodes.parse(k.code(), dictionaries.countries()).country());
    }

    /** A title phrase taken apart: its country (from a demonym or a possessive) and its title words. */
    record Nominal(Country country, int countryToken, String title) {
        static Nominal read(Sentence s, int first, int end, ActorDictionaries d) {
            Country country = null;
            int countryToken = -1;
            StringBuilder title = new StringBuilder();
            for (int i = first; i < end; i++) {
                Token t = s.token(i);
                String w = t.word();
                Optional<Country> c = Character.isUpperCase(w.charAt(0)) ? d.countries().byNameOrDemonym(w) : Optional.empty();
                if (c.isPresent() && country == null) {
                    country = c.get();
                    countryToken = i;
                    title.setLength(0);
                } else if (TitleFinder.isTitleWord(t) && !t.pos().equals("DT")) {
                    title.append(title.length() == 0 ? "" : " ").append(w);
                } else if (!t.pos().equals("DT") && !t.pos().equals("POS")) {
                    title.setLength(0);
                }
            }
            return new Nominal(country, countryToken, title.toString());
        }
    }
}
