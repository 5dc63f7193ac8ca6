package org.dateline.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.Country;
import org.dateline.extract.actors.KnownActor;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The first pass: every proper-name mention becomes a mention of an entity. NER mentions are typed with
 * the dictionaries (a LOCATION that names a country is a COUNTRY, "Hamas" is a GROUP, "Fars" is MEDIA);
 * demonyms ("Qatari", "Palestinians") are mentions of their country; names the NER missed are found by
 * the dictionary of known actors and by "X news agency". Pronouns are left to attribution.
 */
final class NameCollector {
    private static final Set<String> PRONOUN_POS = Set.of("PRP", "PRP$", "WP", "WP$", "DT", "EX");
    private static final List<String> AGENCY_WORDS = List.of("news agency", "agency", "newspaper", "daily", "tv",
            "television", "radio", "broadcaster");

    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du",
            "del", "della", "la", "le", "dos", "das", "ter", "bin", "ibn", "ben", "al", "el", "abu");

    private final ActorDictionaries dictionaries;

    NameCollector(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    void collect(AnnotatedText text, EntitySet set) {
        for (NerMention m : text.mentions()) {
            Sentence s = text.sentences().get(m.sentence());
            if (isPronoun(s, m)) {
                continue;
            }
            int begin = m.type().equals("PERSON") ? withNameParticles(s, m) : m.begin();
            Span span = Span.of(text.text(), begin, m.end());
            if (!m.type().equals("PERSON")) {
                Optional<Country> c = dictionaries.countries().byDemonym(m.text());
                if (c.isPresent()) {
                    ensureCountry(set, c.get()).addMention(span);
                    continue;
                }
            }
            EntityType type = typeOf(m.type(), m.text(), followedByAgencyWord(s, m.endToken()));
            if (type != null) {
                add(set, span.text(), type, span);
            }
        }
        scanDemonyms(text, set);
        scanKnownNames(text, set);
        scanRepeatedPersonNames(text, set);
    }

    /**
     * A person named once is named again where the NER, which reads one sentence at a time, missed
     * it ("discussed the plan with Amir-Abdollahian"): untagged capitalized words spelling a person's
     * full name or a tail of it ("Amir-Abdollahian", "Al Thani") become mentions of that person.
     */
    private void scanRepeatedPersonNames(AnnotatedText text, EntitySet set) {
        List<EntityDraft> people = set.all().stream().filter(d -> d.type() == EntityType.PERSON).toList();
        if (people.isEmpty()) {
            return;
        }
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!startsName(tokens, i)) {
                    continue;
                }
                for (int end = Math.min(tokens.size(), i + 6); end > i; end--) {
                    if (!allUntagged(tokens, i, end) || end < tokens.size() && continuesName(tokens.get(end))) {
                        continue;
                    }
                    String name = text.text().substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                    EntityDraft person = personNamed(people, name);
                    int b = tokens.get(i).begin();
                    int e = tokens.get(end - 1).end();
                    if (person != null && set.all().stream().noneMatch(d -> d.hasMentionOverlapping(b, e))) {
                        person.addMention(Span.of(text.text(), b, e));
                        i = end - 1;
                        break;
                    }
                }
            }
        }
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean afterName = i > 0 && continuesName(tokens.get(i - 1)) && !"O".equals(tokens.get(i - 1).ner());
        // the tagger may call a name it does not know an adjective ("with Amir-Abdollahian/JJ")
        return "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0)) && !afterName;
    }

    private static boolean continuesName(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP");
    }

    /** The one person whose name has this as its whole or its tail (two surnames alike: none). */
    private static EntityDraft personNamed(List<EntityDraft> people, String name) {
        if (name.length() < 3) {
            return null;
        }
        EntityDraft found = null;
        for (EntityDraft d : people) {
            if (NameMatcher.samePerson(d.name(), name) && NameMatcher.words(name).length <= NameMatcher.words(d.name()).length) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /**
     * Demonyms the NER left untagged ("Chinese President Xi Jinping"): a 3-class NER model has no
     * MISC type, and a demonym is what ties a title to its country. Two-word demonyms first
     * ("South Korean"), and only capitalized adjectives and proper nouns outside any NER mention.
     */
    private void scanDemonyms(AnnotatedText text, EntitySet set) {
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = Math.min(2, tokens.size() - i); n >= 1; n--) {
                    Token first = tokens.get(i);
                    Token last = tokens.get(i + n - 1);
                    if (!demonymShaped(first) || !demonymShaped(last) || covered(text, first.begin(), last.end())) {
                        continue;
                    }
                    Optional<Country> c = dictionaries.countries().byDemonym(text.text().substring(first.begin(), last.end()));
                    if (c.isPresent()) {
                        ensureCountry(set, c.get()).addMention(Span.of(text.text(), first.begin(), last.end()));
                        i += n - 1;
                        break;
                    }
                }
            }
        }
    }

    private static boolean demonymShaped(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                && (t.pos().equals("JJ") || t.pos().startsWith("NNP") || t.pos().equals("NNS"));
    }

    private static boolean covered(AnnotatedText text, int begin, int end) {
        for (NerMention m : text.mentions()) {
            if (m.begin() < end && begin < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a person's name really begins: the NER often leaves out a lowercase particle of a surname
     * ("van Klaveren", "bin Salman", "de la Cruz"), which then reads as a title.
     */
    private static int withNameParticles(Sentence s, NerMention m) {
        int first = m.firstToken();
        while (first > 0) {
            Token prev = s.token(first - 1);
            if (!NAME_PARTICLES.contains(prev.word()) || s.token(first).begin() - prev.end() != 1) {
                break;
            }
            first--;
        }
        return s.token(first).begin();
    }

    /** Adds a mention, merging it into the entity it names when there is one. */
    EntityDraft add(EntitySet set, String name, EntityType type, Span span) {
        if (type == EntityType.COUNTRY) {
            Optional<Country> c = dictionaries.countries().byName(name);
            if (c.isPresent()) {
                EntityDraft d = ensureCountry(set, c.get());
                d.addMention(span);
                return d;
            }
        }
        EntityDraft match = findMatch(set, name, type);
        if (match == null) {
            match = set.create(canonical(name, type), type);
        } else if (type == EntityType.PERSON && name.length() > match.name().length()) {
            match.rename(name);
        }
        match.addMention(span);
        return match;
    }

    /** The entity of a country, created (without mentions yet) when the article has none. */
    EntityDraft ensureCountry(EntitySet set, Country country) {
        for (EntityDraft d : set.all()) {
            if (d.type() == EntityType.COUNTRY && dictionaries.countries().byName(d.name()).filter(country::equals).isPresent()) {
                return d;
            }
        }
        return set.create(country.name(), EntityType.COUNTRY);
    }

    private EntityDraft findMatch(EntitySet set, String name, EntityType type) {
        Optional<KnownActor> known = dictionaries.known().lookup(name);
        for (EntityDraft d : set.all()) {
            if (d.type() != type) {
                continue;
            }
            boolean same = type == EntityType.PERSON ? NameMatcher.samePerson(d.name(), name)
                    : NameMatcher.sameName(d.name(), name)
                    || known.isPresent() && dictionaries.known().lookup(d.name()).filter(known.get()::equals).isPresent();
            if (same) {
                return d;
            }
        }
        return null;
    }

    /** Named after the dictionary when it knows the actor ("IDF" is "Israel Defense Forces"), else as written. */
    private String canonical(String name, EntityType type) {
        if (type == EntityType.PERSON) {
            return name;
        }
        return dictionaries.known().lookup(name).filter(k -> !k.name().equals(k.code())).map(KnownActor::name)
                .filter(n -> n.length() >= name.length()).orElse(name);
    }

    EntityType typeOf(String nerType, String name, boolean agencyWordFollows) {
        if (nerType.equals("PERSON")) {
            return EntityType.PERSON;
        }
        if (dictionaries.countries().byName(name).isPresent() && !nerType.equals("MISC")) {
            return EntityType.COUNTRY;
        }
        Optional<KnownActor> known = dictionaries.known().lookup(name);
        if (known.isPresent()) {
            return known.get().type();
        }
        if (agencyWordFollows && !nerType.equals("LOCATION")) {
            return EntityType.MEDIA;
        }
        return switch (nerType) {
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** Known actors and "X news agency" names in stretches the NER left untagged. */
    private void scanKnownNames(AnnotatedText text, EntitySet set) {
        int longest = dictionaries.known().longestName();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int matchedEnd = -1;
                KnownActor matched = null;
                if (Character.isUpperCase(tokens.get(i).word().charAt(0)) && "O".equals(tokens.get(i).ner())) {
                    for (int end = Math.min(tokens.size(), i + longest); end > i; end--) {
                        String name = text.text().substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                        Optional<KnownActor> k = dictionaries.known().lookup(name);
                        if (k.isPresent() && allUntagged(tokens, i, end)) {
                            matched = k.get();
                            matchedEnd = end;
                            break;
                        }
                    }
                }
                if (matched != null) {
                    Span span = Span.of(text.text(), tokens.get(i).begin(), tokens.get(matchedEnd - 1).end());
                    add(set, span.text(), matched.type(), span);
                    i = matchedEnd;
                } else {
                    i++;
                }
            }
        }
    }

    private static boolean allUntagged(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!"O".equals(tokens.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    private static boolean followedByAgencyWord(Sentence s, int endToken) {
        StringBuilder next = new StringBuilder();
        for (int i = endToken; i < Math.min(s.tokens().size(), endToken + 2); i++) {
            next.append(next.length() == 0 ? "" : " ").append(s.token(i).word().toLowerCase(Locale.ROOT));
            if (AGENCY_WORDS.contains(next.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(Sentence s, NerMention m) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            if (!PRONOUN_POS.contains(s.token(i).pos())) {
                return false;
            }
        }
        return true;
    }
}
