package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Finds the stretches of text that may name places: every NER LOCATION mention, plus well-known
 * gazetteer names (countries, continents, first-level divisions, capitals, big cities) that the NER
 * tagged ORGANIZATION or MISC ("Turkey said", "the Israel lobby") or missed. Demonyms are never
 * place mentions ("Iranian officials").
 */
final class ToponymFinder {
    private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> RETYPABLE_TYPES = Set.of("ORGANIZATION", "MISC");
    private static final int LONGEST_UNTAGGED_NAME = 4;

    private final Gazetteer gazetteer;
    private final long bigCityPopulation;

    /** {@code bigCityPopulation}: cities at least this big are taken even where the NER saw no place. */
    ToponymFinder(Gazetteer gazetteer, long bigCityPopulation) {
        this.gazetteer = gazetteer;
        this.bigCityPopulation = bigCityPopulation;
    }

    List<ToponymCandidate> find(AnnotatedText text) {
        String s = text.text();
        List<ToponymCandidate> out = new ArrayList<>();
        boolean[] named = new boolean[s.length() + 1];
        for (NerMention m : text.mentions()) {
            for (int i = m.begin(); i < m.end() && i < named.length; i++) {
                named[i] = true;
            }
            int[] span = trim(s, m.begin(), m.end());
            if (span == null) {
                continue;
            }
            String name = s.substring(span[0], span[1]);
            if (gazetteer.isDemonym(name)) {
                continue;
            }
            if (LOCATION_TYPES.contains(m.type())) {
                out.add(new ToponymCandidate(span[0], span[1], name, ToponymCandidate.Source.NER_LOCATION));
            } else if (RETYPABLE_TYPES.contains(m.type()) && isWellKnown(name)) {
                out.add(new ToponymCandidate(span[0], span[1], name, ToponymCandidate.Source.GAZETTEER_MATCH));
            }
        }
        for (Sentence sentence : text.sentences()) {
            findUntagged(s, sentence, named, out);
        }
        out.sort(Comparator.comparingInt(ToponymCandidate::begin));
        return out;
    }

    /** Longest runs of proper-noun tokens outside every NER mention that name a well-known place. */
    private void findUntagged(String s, Sentence sentence, boolean[] named, List<ToponymCandidate> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            for (int len = Math.min(LONGEST_UNTAGGED_NAME, tokens.size() - i); len >= 1 && taken == 0; len--) {
                if (isUntaggedNameRun(tokens, i, len, named)) {
                    int begin = tokens.get(i).begin();
                    int end = tokens.get(i + len - 1).end();
                    String name = s.substring(begin, end);
                    if (isWellKnown(name) && !gazetteer.isDemonym(name)) {
                        out.add(new ToponymCandidate(begin, end, name, ToponymCandidate.Source.GAZETTEER_MATCH));
                        taken = len;
                    }
                }
            }
            i += Math.max(1, taken);
        }
    }

    private static boolean isUntaggedNameRun(List<Token> tokens, int first, int len, boolean[] named) {
        for (int k = first; k < first + len; k++) {
            Token t = tokens.get(k);
            if (!t.isProperNoun() || !Character.isUpperCase(t.word().charAt(0))
                    || t.begin() < named.length && named[t.begin()]) {
                return false;
            }
        }
        return true;
    }

    /** Countries, continents, regions, first-level divisions, capitals and big cities. */
    boolean isWellKnown(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isCountry() || e.isContinent() || e.isFirstLevelDivision() || e.isCapital()
                    || PlaceScorer.isNamedRegion(e) || e.isPopulatedPlace() && e.population() >= bigCityPopulation) {
                return true;
            }
        }
        return false;
    }

    /** Drops a leading "the" and a trailing possessive; null when nothing is left. */
    static int[] trim(String s, int begin, int end) {
        if (end - begin > 4 && s.regionMatches(true, begin, "the ", 0, 4)) {
            begin += 4;
        }
        if (end - begin > 2 && (s.startsWith("'s", end - 2) || s.startsWith("’s", end - 2))) {
            end -= 2;
        }
        while (end > begin && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
            end--;
        }
        return end > begin ? new int[] {begin, end} : null;
    }
}
