package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntityResolver;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Links a speaker mention to an entity: a name is the entity it names; {@code he}/{@code she} the most
 * recent person that was a subject (this sentence before the pronoun, then earlier ones); {@code it} and
 * {@code they} the most recent organization or group subject; {@code who} the noun its clause modifies;
 * {@code the Qatari minister} the person whose title and country fit (the entity resolver's job);
 * {@code the company} or {@code the ministry} the latest organization so named. An
 * unnamed single person ({@code a source}, {@code the spokesman}) becomes a PERSON entity of its own;
 * plural nouns ({@code officials}) stay without entity. Resolved pronouns and title phrases become
 * mentions of their entity.
 */
final class SpeakerResolver {
    private static final int SENTENCES_BACK = 6;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "they", "them");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    /** Common nouns naming a person who may speak ("a source", "the spokesman"). */
    static final Set<String> PERSON_NOUNS = Set.of("source", "official", "spokesman", "spokeswoman",
            "spokesperson", "aide", "adviser", "advisor", "analyst", "expert", "witness", "resident", "diplomat",
            "lawyer", "attorney", "officer", "insider", "strategist", "pollster", "economist", "professor",
            "researcher", "staffer", "operative", "consultant", "lawmaker", "senator", "congressman", "congresswoman",
            "representative", "minister", "president", "governor", "mayor", "chairman", "chairwoman", "director",
            "executive", "manager", "candidate", "nominee", "voter", "supporter", "activist", "organizer", "leader",
            "commander", "general", "judge", "prosecutor", "investigator", "agent", "doctor", "student",
            "teacher", "worker", "employee", "member", "veteran", "critic", "observer", "commentator", "reporter");

    /** A person or organization by its NER tag, or a common noun for a person ("the senator", "an aide"). */
    static boolean namesSomeone(Token t) {
        String ner = t.ner() == null ? "" : t.ner();
        return ner.equals("PERSON") || ner.equals("ORGANIZATION")
                || PERSON_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private final AnnotatedText nlp;
    private final EntitySet entities;
    private final EntityResolver nominals;

    SpeakerResolver(AnnotatedText nlp, EntitySet entities, EntityResolver nominals) {
        this.nlp = nlp;
        this.entities = entities;
        this.nominals = nominals;
    }

    /** The entity the attribution's speaker denotes, or null; may add the mention to the entity. */
    String resolve(Attribution a) {
        if (a.speakerFrom != null) {
            return a.speakerFrom.speakerEntity;
        }
        if (!a.hasSpeaker() || a.speakerSentence == null) {
            return null;
        }
        Sentence s = a.speakerSentence;
        Token head = s.token(a.speakerHead);
        Optional<EntityDraft> named = entityOfHead(s, a.speakerHead);
        if (named.isPresent()) {
            return named.get().id();
        }
        String word = head.word().toLowerCase(Locale.ROOT);
        Span mention = Span.of(nlp.text(), a.speakerBegin, a.speakerEnd);
        if (RELATIVE.contains(word) && Parse.relation(s, Parse.governor(s, a.speakerHead)).startsWith("acl")) {
            int noun = Parse.governor(s, Parse.governor(s, a.speakerHead));
            Optional<EntityDraft> antecedent = noun < 0 ? Optional.empty() : entityOfHead(s, noun); // "the pilot Tom Berg, who"
            return antecedent.map(EntityDraft::id).orElse(null);
        }
        if (PERSON_PRONOUNS.contains(word) || THING_PRONOUNS.contains(word)) {
            boolean person = PERSON_PRONOUNS.contains(word);
            Optional<EntityDraft> antecedent = antecedent(s, a.speakerHead, person);
            antecedent.ifPresent(e -> e.addMention(mention));
            return antecedent.map(EntityDraft::id).orElse(null);
        }
        if (nominals != null && head.isNoun() && !head.isProperNoun()) {
            int first = Parse.tokenAt(s, a.speakerBegin);
            Optional<EntityDraft> titled = first < 0 ? Optional.empty()
                    : nominals.resolveNominal(nlp, s, first, a.speakerHead + 1);
            if (titled.isPresent()) {
                titled.get().addMention(mention);
                return titled.get().id();
            }
        }
        Optional<EntityDraft> organization = definiteOrganization(s, a.speakerHead);
        if (organization.isPresent()) {
            organization.get().addMention(mention);
            return organization.get().id();
        }
        if (head.pos().equals("NN") && PERSON_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            EntityDraft unnamed = entities.create(mention.text(), EntityType.PERSON);
            unnamed.addMention(mention);
            return unnamed.id();
        }
        return null;
    }

    /** The entity a noun phrase names by its head token: a mention covering it, or a name beside it. */
    Optional<EntityDraft> entityOfHead(Sentence s, int head) {
        Optional<EntityDraft> named = covering(s.token(head).begin(), s.token(head).end());
        return named.isPresent() ? named : nameBeside(s, head);
    }

    /** "the warden Ida Moss", "Fars news agency": the name apposed or compounded to a common-noun head. */
    private Optional<EntityDraft> nameBeside(Sentence s, int head) {
        for (org.dateline.nlp.Dependency d : s.children(head)) {
            String r = d.baseRelation();
            if ((r.equals("appos") || r.equals("flat") || r.equals("compound") || r.equals("dep"))
                    && s.token(d.dependent()).isProperNoun()) {
                // "Fars news agency": a name compounded with the head is the entity whatever its type;
                // "the mine's operator, Andes Copper Corp.": an apposed name is, unless it is a place
                boolean anyType = r.equals("compound") && d.dependent() < head;
                boolean notPlace = r.equals("appos");
                Optional<EntityDraft> e = covering(s.token(d.dependent()).begin(), s.token(d.dependent()).end())
                        .filter(x -> anyType || x.type() == EntityType.PERSON
                                || notPlace && x.type() != EntityType.LOCATION && x.type() != EntityType.COUNTRY);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "corporation", "agency",
            "ministry", "department", "party", "campaign", "committee", "organization", "organisation", "group",
            "bank", "union", "council", "commission", "network", "newspaper", "foundation", "institute", "university");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "corporation");
    private static final java.util.regex.Pattern CORPORATE_SUFFIX = java.util.regex.Pattern.compile(
            ".*\\b(Corp|Corporation|Inc|Co|Ltd|LLC|PLC|plc|AG|SA|Group|Company|Holdings)\\.?$");

    /**
     * "the company said", "the ministry said": the most recent organization, within a few sentences, whose
     * name has that noun ("the Interior Ministry") or, for a company, a company's suffix ("Andes Copper Corp.").
     */
    private Optional<EntityDraft> definiteOrganization(Sentence s, int head) {
        Token h = s.token(head);
        String noun = h.lemma().toLowerCase(Locale.ROOT);
        boolean definite = s.children(head).stream().anyMatch(d -> d.baseRelation().equals("det")
                && Set.of("the", "this").contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        boolean modified = s.children(head).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                || d.baseRelation().equals("compound") || d.baseRelation().equals("amod"));
        if (!h.pos().equals("NN") || !ORGANIZATION_NOUNS.contains(noun) || !definite || modified) {
            return Optional.empty();
        }
        int horizon = nlp.sentences().get(Math.max(0, s.index() - SENTENCES_BACK)).begin();
        return latestMentioned(horizon, h.begin(), d -> {
            boolean organization = d.type() == EntityType.ORGANIZATION || d.type() == EntityType.MEDIA
                    || d.type() == EntityType.GROUP;
            boolean named = d.name().toLowerCase(Locale.ROOT).matches(".*\\b" + noun + "\\b.*")
                    || COMPANY_NOUNS.contains(noun) && CORPORATE_SUFFIX.matcher(d.name()).matches();
            return organization && named;
        });
    }

    /** The entity that fits, mentioned last in [horizon, before). */
    private Optional<EntityDraft> latestMentioned(int horizon, int before, java.util.function.Predicate<EntityDraft> fits) {
        EntityDraft latest = null;
        int latestEnd = -1;
        for (EntityDraft d : entities.all()) {
            if (!fits.test(d)) {
                continue;
            }
            for (Span m : d.mentions()) {
                if (m.end() <= before && m.begin() >= horizon && m.end() > latestEnd) {
                    latest = d;
                    latestEnd = m.end();
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The entity with a mention covering [begin, end), the innermost one first. */
    Optional<EntityDraft> covering(int begin, int end) {
        EntityDraft best = null;
        int bestLength = Integer.MAX_VALUE;
        for (EntityDraft d : entities.all()) {
            for (Span m : d.mentions()) {
                if (m.begin() <= begin && end <= m.end() && m.length() < bestLength) {
                    best = d;
                    bestLength = m.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most recent subject before the pronoun that is an entity of a fitting type. */
    private Optional<EntityDraft> antecedent(Sentence here, int pronoun, boolean person) {
        for (int si = here.index(); si >= 0 && si > here.index() - SENTENCES_BACK; si--) {
            Sentence s = nlp.sentences().get(si);
            for (int t = s.tokens().size() - 1; t >= 0; t--) {
                if (si == here.index() && t >= pronoun) {
                    continue;
                }
                if (!Parse.relation(s, t).startsWith("nsubj")) {
                    continue;
                }
                int subject = t;
                Optional<EntityDraft> e = covering(s.token(t).begin(), s.token(t).end()).or(() -> namedBeside(s, subject))
                        .filter(d -> fits(d, person));
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        int horizon = nlp.sentences().get(Math.max(0, here.index() - 2)).begin();
        return latestMentioned(horizon, here.token(pronoun).begin(), d -> fits(d, person));
    }

    /** "Egypt's Foreign Minister Sameh Shoukry accused": the parser may head the subject with the title. */
    private Optional<EntityDraft> namedBeside(Sentence s, int title) {
        for (org.dateline.nlp.Dependency d : s.children(title)) {
            String r = d.baseRelation();
            if (r.equals("appos") || r.equals("flat") || r.equals("compound") || r.equals("dep")) {
                Optional<EntityDraft> e = covering(s.token(d.dependent()).begin(), s.token(d.dependent()).end());
                if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean fits(EntityDraft d, boolean person) {
        return person ? d.type() == EntityType.PERSON
                : d.type() == EntityType.ORGANIZATION || d.type() == EntityType.GROUP || d.type() == EntityType.MEDIA
                || d.type() == EntityType.COUNTRY;
    }
}
