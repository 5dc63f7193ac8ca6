package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * The places stage (CLAVIN's {@code GeoParser} over a toponym finder and a gazetteer): finds the
 * place names of an annotated article and resolves each to one gazetteer feature using the
 * evidence of the story (dateline, countries and divisions named, demonyms, "Paris, Texas"
 * qualifiers, population and kind of feature). A place named several times is one {@link Place}
 * with several mentions; a name the gazetteer lacks is a place without coordinates.
 * Thread-safe: holds only the immutable gazetteer.
 */
public final class Geoparser {
    /** Cities at least this big are taken even where the NER did not tag a place. */
    public static final long DEFAULT_BIG_CITY_POPULATION = 200_000;

    /** Points for a feature called by its own name rather than an alternate one (Swainsboro is also "Paris"). */
    private static final double OWN_NAME_POINTS = 2;

    /** Towns smaller than this are not called by their alternate names in news ("Maryville" is not Beeville). */
    private static final long KNOWN_BY_OTHER_NAMES_POPULATION = 100_000;

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;

    public Geoparser(Gazetteer gazetteer) {
        this(gazetteer, DEFAULT_BIG_CITY_POPULATION);
    }

    public Geoparser(Gazetteer gazetteer, long bigCityPopulation) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.finder = new ToponymFinder(gazetteer, bigCityPopulation);
    }

    /** The places of {@code article}, whose text {@code text} annotates; ids P1, P2, ... by first mention. */
    public List<Place> parse(AnnotatedText text, Article article) {
        List<ToponymCandidate> candidates = new ArrayList<>(finder.find(text));
        datelineMention(text, article)
                .filter(d -> candidates.stream().noneMatch(c -> c.begin() < d.end() && d.begin() < c.end()))
                .ifPresent(d -> candidates.add(0, d));
        Map<String, List<ToponymCandidate>> byName = new LinkedHashMap<>();
        for (ToponymCandidate c : candidates) {
            byName.computeIfAbsent(Gazetteer.key(c.text()), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<GazetteerEntry>> entriesByName = new LinkedHashMap<>();
        byName.forEach((k, mentions) -> entriesByName.put(k, entriesFor(mentions, text.text())));
        OutletHome home = outletHome(text, article, byName, entriesByName);
        if (home != null) {
            entriesByName.put(home.key(), home.candidates(entriesByName.get(home.key())));
        }

        GazetteerEntry addressCity = OutletHome.cityInAddress(article == null ? null : article.outlet(), gazetteer);
        // two rounds: names first vote by their likeliest meaning, then by the meaning chosen in context
        Map<String, GazetteerEntry> chosen = null;
        for (int round = 0; round < 2; round++) {
            StoryContext context = storyContext(text, article, entriesByName, chosen);
            if (home == null && addressCity != null) {
                context.add("outlet:" + addressCity.name(), addressCity.country(), StoryContext.division(addressCity), 1.0);
            }
            if (home != null) {
                // the outlet's town speaks for the whole story, as a dateline does
                GazetteerEntry town = choose(home.key(), entriesByName.get(home.key()), byName.get(home.key()),
                        text.text(), context, null);
                context.add(home.key(), town.country(), StoryContext.division(town), 2.0);
            }
            Map<String, String> listKinds = chosen == null ? Map.of()
                    : PlaceLists.listKinds(candidates, text.text(), chosen);
            Map<String, GazetteerEntry> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<ToponymCandidate>> group : byName.entrySet()) {
                String key = group.getKey();
                next.put(key, choose(key, entriesByName.get(key), group.getValue(), text.text(), context,
                        listKinds.get(key)));
            }
            chosen = next;
        }
        Map<Object, PlaceDraft> drafts = new LinkedHashMap<>();
        for (Map.Entry<String, List<ToponymCandidate>> group : byName.entrySet()) {
            String key = group.getKey();
            GazetteerEntry best = chosen.get(key);
            Object identity = best == null ? "unresolved:" + key : best;
            drafts.computeIfAbsent(identity, x -> new PlaceDraft(best, group.getValue().get(0).text()))
                    .mentions.addAll(group.getValue());
        }
        List<PlaceDraft> ordered = new ArrayList<>(drafts.values());
        ordered.sort((a, b) -> Integer.compare(a.firstBegin(), b.firstBegin()));
        List<Place> places = new ArrayList<>();
        for (PlaceDraft d : ordered) {
            places.add(d.toPlace("P" + (places.size() + 1), text.text()));
        }
        return places;
    }

    /**
     * The dateline's place ("ADDIS ABABA, Oct. 12 --") as a mention: the NLP stage does not read the
     * dateline, yet it names where the story was filed, and a place named only there is a place of the story.
     */
    private Optional<ToponymCandidate> datelineMention(AnnotatedText text, Article article) {
        if (article == null || article.dateline() == null || article.dateline().place() == null
                || article.dateline().span() == null) {
            return Optional.empty();
        }
        Span d = article.dateline().span();
        String place = townOf(article.dateline().place());
        int at = d.text().indexOf(place);
        int begin = d.begin() + at;
        if (at < 0 || begin + place.length() > text.text().length()
                || !text.text().startsWith(place, begin) || gazetteer.lookup(place).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ToponymCandidate(begin, begin + place.length(), place, ToponymCandidate.Source.DATELINE));
    }

    /**
     * The town of a dateline place that carries its state or country ("HARRISBURG, Pa.", "GOMA, Congo"):
     * the gazetteer knows the town, and the qualifier after it then chooses among the towns of that name
     * as "Paris, Texas" does in the text.
     */
    private String townOf(String place) {
        int comma = place.indexOf(',');
        if (comma <= 0 || !gazetteer.lookup(place).isEmpty()) {
            return place;
        }
        return place.substring(0, comma).strip();
    }

    /**
     * The outlet's home town among the story's names, unless the story speaks for the country that
     * name also means ("timesofmalta.com" on Malta and the Maltese is the country's paper).
     */
    private OutletHome outletHome(AnnotatedText text, Article article, Map<String, List<ToponymCandidate>> byName,
                                  Map<String, List<GazetteerEntry>> entriesByName) {
        OutletHome home = OutletHome.find(article == null ? null : article.outlet(), byName.keySet(), gazetteer);
        if (home == null || home.candidates(entriesByName.get(home.key())).isEmpty()) {
            return null;
        }
        StoryContext context = storyContext(text, article, entriesByName, null);
        for (GazetteerEntry e : entriesByName.get(home.key())) {
            if ((e.isCountry() || PlaceScorer.isNamedRegion(e)) && context.supports(e.country(), home.key())) {
                return null;
            }
        }
        if (home.countryAssumed()) {
            // a .com paper in a story about Ontario is a Canadian paper
            String best = home.country();
            double bestSupport = context.countrySupport(best, home.key());
            for (GazetteerEntry e : home.in(null).candidates(entriesByName.get(home.key()))) {
                double support = context.countrySupport(e.country(), home.key());
                if (support > bestSupport) {
                    best = e.country();
                    bestSupport = support;
                }
            }
            home = home.in(best);
        }
        return home;
    }

    /** The features the mentions of one name may mean: the counties a list of counties names, else the name's. */
    private List<GazetteerEntry> entriesFor(List<ToponymCandidate> mentions, String text) {
        String name = mentions.get(0).text();
        for (ToponymCandidate m : mentions) {
            Optional<String> word = CountyList.divisionWord(text, m.begin(), m.end());
            if (word.isPresent()) {
                List<GazetteerEntry> counties = gazetteer.lookup(name + " " + word.get()).stream()
                        .filter(e -> "ADM2".equals(e.featureCode())).toList();
                if (!counties.isEmpty()) {
                    return counties;
                }
            }
        }
        return entriesFor(name);
    }

    /**
     * The features a name may mean; for a longer name the gazetteer lacks, those of the longest known
     * name inside it ("Southern California": California; "Fargo-Moorhead": Fargo).
     */
    private List<GazetteerEntry> entriesFor(String name) {
        List<GazetteerEntry> direct = gazetteer.lookup(name);
        if (!name.endsWith(".") && !gazetteer.lookup(name + ".").isEmpty()) {
            // the tokenizer took an abbreviation's period as full stop: "W.Va", "Va" (also Wa, Ghana)
            List<GazetteerEntry> both = new ArrayList<>(direct);
            both.addAll(gazetteer.lookup(name + "."));
            return both;
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        String[] words = name.split("[\\s/–-]+");
        for (int len = words.length - 1; len >= 1; len--) {
            for (int first = words.length - len; first >= 0; first--) { // the head of an English name is last
                String part = String.join(" ", Arrays.asList(words).subList(first, first + len));
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !PlaceWords.isGeneric(part)
                        && !gazetteer.isDemonym(part)
                        && !gazetteer.lookup(part).isEmpty()) {
                    return gazetteer.lookup(part);
                }
            }
        }
        return List.of();
    }

    /** The story's evidence; each name votes by {@code chosen} when given, else by its likeliest meaning. */
    private StoryContext storyContext(AnnotatedText text, Article article,
                                      Map<String, List<GazetteerEntry>> entriesByName,
                                      Map<String, GazetteerEntry> chosen) {
        StoryContext context = new StoryContext(gazetteer);
        if (chosen == null) {
            context.addNames(entriesByName);
        } else {
            chosen.forEach((key, e) -> {
                if (e != null) {
                    context.add(key, e.country(), StoryContext.division(e), 1.0);
                }
            });
        }
        context.addCandidateDivisions(entriesByName);
        if (article != null && article.dateline() != null && article.dateline().place() != null) {
            GazetteerEntry where = bestByPrior(gazetteer.lookup(article.dateline().place()));
            if (where != null) {
                context.add("dateline", where.country(), StoryContext.division(where), 2.0);
            }
        }
        for (Token t : allTokens(text)) {
            if (Character.isUpperCase(t.word().charAt(0))) {
                gazetteer.demonymCountry(t.word())
                        .ifPresent(c -> context.add("demonym:" + c.alpha2(), c.alpha2(), null, 1.0));
            }
        }
        return context;
    }

    private static List<Token> allTokens(AnnotatedText text) {
        List<Token> out = new ArrayList<>();
        text.sentences().forEach(s -> out.addAll(s.tokens()));
        return out;
    }

    /** {@code listKind}: the kind of the names listed with this one ({@link PlaceLists}), or null. */
    private static GazetteerEntry choose(String key, List<GazetteerEntry> entries, List<ToponymCandidate> mentions,
                                         String text, StoryContext context, String listKind) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : entries) {
            double score = PlaceScorer.prior(e) + context.bonus(e, key) + context.sharedDivisionBonus(e, key);
            if (ownNameKey(e.name()).equals(ownNameKey(key))) {
                score += OWN_NAME_POINTS; // the feature's own name beats an alternate name of another
            } else if (e.isPopulatedPlace() && e.population() < KNOWN_BY_OTHER_NAMES_POPULATION) {
                // a town's old or local names are rarely what news means, however well the town fits the story
                score -= OWN_NAME_POINTS;
            }
            double qualifier = 0;
            for (ToponymCandidate m : mentions) {
                qualifier = Math.max(qualifier, context.qualifierBonus(e, text, m.end()));
            }
            score += qualifier;
            if (listKind != null && listKind.equals(PlaceLists.kindIn(e))) {
                score += PlaceLists.SAME_KIND_POINTS;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The lookup key with the usual abbreviations written out: "St. Petersburg" is Saint Petersburg's own name. */
    private static String ownNameKey(String name) {
        return Gazetteer.key(name).replaceAll("\\bst\\.? ", "saint ").replaceAll("\\bmt\\.? ", "mount ")
                .replaceAll("\\bft\\.? ", "fort ");
    }

    private static GazetteerEntry bestByPrior(List<GazetteerEntry> entries) {
        GazetteerEntry best = null;
        for (GazetteerEntry e : entries) {
            if (best == null || PlaceScorer.prior(e) > PlaceScorer.prior(best)) {
                best = e;
            }
        }
        return best;
    }

    /** A place being assembled: its feature (null when unresolved), the name to show and its mentions. */
    private static final class PlaceDraft {
        final GazetteerEntry entry;
        final String surface;
        final List<ToponymCandidate> mentions = new ArrayList<>();

        PlaceDraft(GazetteerEntry entry, String surface) {
            this.entry = entry;
            this.surface = surface;
        }

        int firstBegin() {
            return mentions.stream().mapToInt(ToponymCandidate::begin).min().orElse(0);
        }

        Place toPlace(String id, String text) {
            List<Span> spans = mentions.stream().sorted((a, b) -> Integer.compare(a.begin(), b.begin()))
                    .map(m -> Span.of(text, m.begin(), m.end())).toList();
            if (entry == null) {
                return new Place(id, surface, null, null, null, null, null, spans);
            }
            return new Place(id, entry.name(), entry.country().isEmpty() ? null : entry.country(), entry.geonameId(),
                    entry.lat(), entry.lon(), entry.featureCode(), spans);
        }
    }
}
