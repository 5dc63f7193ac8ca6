package org.dateline.extract.places;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The home town of a local outlet: a place the story names whose name is part of the outlet's name
 * or web address ("palestineherald.com" and "Palestine", "Paris Beacon-News" and "Paris"). Local
 * papers are named after their town and write about it without saying which state it is in, so
 * that name means the town in the outlet's country, not the country or capital it shares a name
 * with. The country comes from the address's country-code domain; a generic one (.com, .net, ...)
 * stands for the United States, where most English local news sites use it; a site name alone
 * gives none.
 */
record OutletHome(String key, String country, boolean countryAssumed) {
    // country: ISO alpha-2, or null when the outlet was given by name only; countryAssumed: read from a generic domain
    /** Cities this big are the outlet's home when its address names them, whether or not the story does. */
    static final long ADDRESS_CITY_POPULATION = 100_000;
    private static final int SHORTEST_CITY_NAME = 5;

    OutletHome(String key, String country) {
        this(key, country, false);
    }

    /** The same home in {@code otherCountry}. */
    OutletHome in(String otherCountry) {
        return new OutletHome(key, otherCountry, false);
    }
    /** Shorter names match inside too many words ("rye", "ada"). */
    private static final int SHORTEST_NAME = 4;
    private static final Set<String> GENERIC_DOMAINS = Set.of("com", "net", "org", "us", "info", "biz", "news");
    private static final Set<String> SUBDOMAINS = Set.of("www", "news", "m", "mobile", "blogs", "online");

    /** The features {@code entries} that may be the home: towns and districts in its country, none when no entry is. */
    List<GazetteerEntry> candidates(List<GazetteerEntry> entries) {
        return entries.stream().filter(e -> !e.isCountry() && !e.isContinent() && !PlaceScorer.isNamedRegion(e)
                && ("A".equals(e.featureClass()) || e.isPopulatedPlace())
                && (country == null || country.equals(e.country()))).toList();
    }

    /**
     * The home named by {@code outlet} (a site name or address) among the lookup keys of the story's
     * place names, or null when the outlet names none of them or its country is unknown.
     */
    static OutletHome find(String outlet, Collection<String> storyKeys, Gazetteer gazetteer) {
        if (outlet == null || outlet.isBlank()) {
            return null;
        }
        String lower = outlet.strip().toLowerCase(Locale.ROOT);
        String host = hostOf(lower);
        String country = host == null ? null : countryOfDomain(host, gazetteer);
        if (host != null && country == null) {
            return null;
        }
        String squashed = squash(host == null ? lower : nameLabels(host));
        String best = null;
        for (String key : storyKeys) {
            String k = squash(key);
            if (k.length() >= SHORTEST_NAME && squashed.contains(k) && !PlaceWords.isGeneric(capitalized(key))
                    && (best == null || k.length() > squash(best).length())) {
                best = key;
            }
        }
        return best == null ? null : new OutletHome(best, country, host != null && GENERIC_DOMAINS.contains(lastLabel(host)));
    }

    /**
     * A big city whose name the outlet's address holds ("dallasnews.com": Dallas, Texas), in the
     * address's country; the longest such name, or null.
     */
    static GazetteerEntry cityInAddress(String outlet, Gazetteer gazetteer) {
        String host = outlet == null ? null : hostOf(outlet.strip().toLowerCase(Locale.ROOT));
        String country = host == null ? null : countryOfDomain(host, gazetteer);
        if (country == null) {
            return null;
        }
        String name = squash(nameLabels(host));
        for (int len = name.length(); len >= SHORTEST_CITY_NAME; len--) {
            for (int at = 0; at + len <= name.length(); at++) {
                GazetteerEntry city = gazetteer.bigCityBySquashedName(name.substring(at, at + len), country,
                        ADDRESS_CITY_POPULATION);
                if (city != null) {
                    return city;
                }
            }
        }
        return null;
    }

    private static String lastLabel(String host) {
        return host.substring(host.lastIndexOf('.') + 1);
    }

    /** The host of an address ("http://www.x.com/a": "www.x.com"); null when {@code s} is a name, not an address. */
    static String hostOf(String s) {
        String rest = s.replaceFirst("^[a-z]+://", "");
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.contains(".") && !host.contains(" ") ? host : null;
    }

    /** ISO code of the country an address belongs to: its country-code domain, US for generic ones. */
    static String countryOfDomain(String host, Gazetteer gazetteer) {
        String[] labels = host.split("\\.");
        String last = labels[labels.length - 1];
        if (GENERIC_DOMAINS.contains(last)) {
            return "US";
        }
        String code = "uk".equals(last) ? "GB" : last.toUpperCase(Locale.ROOT);
        return code.length() == 2 && gazetteer.country(code).isPresent() ? code : null;
    }

    /** The labels of a host that carry the outlet's name: no "www", no top-level or second-level domain. */
    private static String nameLabels(String host) {
        String[] labels = host.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.length - 1; i++) {
            boolean secondLevel = i == labels.length - 2 && i > 0 && labels[i].length() <= 3; // co.uk, com.lb
            if (!SUBDOMAINS.contains(labels[i]) && !secondLevel) {
                out.append(labels[i]).append(' ');
            }
        }
        return out.toString();
    }

    static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String capitalized(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
