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
    private static final Set<String> COUNTY_WORDS = Set.of("County", "Parish", "Borough");

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
        // characters no gazetteer match may touch: mentions already taken whole, and people's names
        boolean[] taken = new boolean[s.length() + 1];
        boolean[] person = new boolean[s.length() + 1];
        for (NerMention m : text.mentions()) {
            if ("PERSON".equals(m.type())) {
                mark(person, m.begin(), m.end());
                continue;
            }
            int[] span = trim(s, m.begin(), m.end());
            String name = span == null ? "" : s.substring(span[0], span[1]);
            boolean demonym = span == null || gazetteer.isDemonym(name) || PlaceWords.isGeneric(name);
            if (LOCATION_TYPES.contains(m.type()) && !demonym) {
                out.add(new ToponymCandidate(span[0], span[1], name, ToponymCandidate.Source.NER_LOCATION));
            } else if (RETYPABLE_TYPES.contains(m.type()) && !demonym && isWellKnown(name)) {
                out.add(new ToponymCandidate(span[0], span[1], name, ToponymCandidate.Source.GAZETTEER_MATCH));
            } else if (RETYPABLE_TYPES.contains(m.type())) {
                continue; // a well-known place inside an organization's name is still a place ("Texas Senate")
            }
            mark(taken, m.begin(), m.end());
        }
        boolean[] takenOrPerson = taken.clone();
        for (int i = 0; i < person.length; i++) {
            takenOrPerson[i] |= person[i];
        }
        for (Sentence sentence : text.sentences()) {
            findUntagged(s, sentence, takenOrPerson, taken, out);
        }
        propagate(s, text, taken, person, out);
        out.sort(Comparator.comparingInt(ToponymCandidate::begin));
        return out;
    }

    /**
     * Every other occurrence of a name the NER tagged as a place somewhere in the text is a place too
     * (the NER often tags "Mansfield" once and misses it, or calls it a person, further on).
     */
    private void propagate(String s, AnnotatedText text, boolean[] taken, boolean[] person,
                           List<ToponymCandidate> out) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (ToponymCandidate c : out) {
            if (c.source() == ToponymCandidate.Source.NER_LOCATION && !gazetteer.lookup(c.text()).isEmpty()) {
                names.add(c.text());
            }
        }
        for (String name : names) {
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (taken[at] || taken[end - 1] || isWordChar(s, at - 1) || isWordChar(s, end)) {
                    continue;
                }
                // a bare surname inside a person's full name stays a name ("Jackson" in "Andrew Jackson")
                if (person[at] && !isWholePersonMention(text, at, end)) {
                    continue;
                }
                out.add(new ToponymCandidate(at, end, name, ToponymCandidate.Source.GAZETTEER_MATCH));
                mark(taken, at, end);
            }
        }
    }

    private static boolean isWholePersonMention(AnnotatedText text, int begin, int end) {
        return text.mentions().stream().anyMatch(m -> m.begin() == begin && m.end() == end);
    }

    private static boolean isWordChar(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }

    private static void mark(boolean[] flags, int begin, int end) {
        for (int i = Math.max(0, begin); i < end && i < flags.length; i++) {
            flags[i] = true;
        }
    }

    /** Longest runs of proper-noun tokens outside people's names and taken mentions that name a well-known place. */
    private void findUntagged(String s, Sentence sentence, boolean[] blocked, boolean[] taken,
                              List<ToponymCandidate> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int used = 0;
            for (int len = Math.min(LONGEST_UNTAGGED_NAME, tokens.size() - i); len >= 1 && used == 0; len--) {
                if (isUntaggedNameRun(tokens, i, len, blocked)) {
                    int begin = tokens.get(i).begin();
                    int end = tokens.get(i + len - 1).end();
                    String name = s.substring(begin, end);
                    if (isWellKnown(name) && !gazetteer.isDemonym(name)) {
                        out.add(new ToponymCandidate(begin, end, name, ToponymCandidate.Source.GAZETTEER_MATCH));
                        mark(taken, begin, end);
                        mark(blocked, begin, end);
                        used = len;
                    }
                }
            }
            i += Math.max(1, used);
        }
    }

    private static boolean isUntaggedNameRun(List<Token> tokens, int first, int len, boolean[] taken) {
        if (tokens.get(first).word().equalsIgnoreCase("the")) {
            return false; // "The Texas ..." at a sentence start: the name starts after the article
        }
        for (int k = first; k < first + len; k++) {
            Token t = tokens.get(k);
            if (!t.isProperNoun() || !Character.isUpperCase(t.word().charAt(0))
                    || t.begin() < taken.length && taken[t.begin()]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Countries, continents, regions, first-level divisions, capitals, big cities, and counties named
     * as such ("Licking County Prosecutor": the NER's organization holds a county).
     */
    boolean isWellKnown(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || PlaceWords.isGeneric(name)) {
            return false; // a bare "South" or "Central" is a direction, not Cameroon's or Ghana's region
        }
        boolean namedAsCounty = COUNTY_WORDS.stream().anyMatch(w -> name.endsWith(" " + w));
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            if (e.isCountry() || e.isContinent() || e.isFirstLevelDivision() || e.isCapital()
                    || namedAsCounty && "ADM2".equals(e.featureCode())
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
