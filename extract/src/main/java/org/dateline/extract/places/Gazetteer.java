package org.dateline.extract.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An immutable in-memory gazetteer: features by name (primary and alternate, case and accents
 * folded), countries by ISO code, demonyms and first-level divisions. Built once and shared; the
 * bundled one comes from {@link GazetteerFile}, a user's GeoNames dump from {@link GeoNamesDumpReader}.
 */
public final class Gazetteer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, GazetteerCountry> countries;
    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, GazetteerCountry> byDemonym;
    private final Map<String, GazetteerEntry> divisions;
    private final Map<String, Set<String>> neighbours;
    private final int size;
    private final List<GazetteerEntry> all;
    private volatile Map<String, List<GazetteerEntry>> bigCitiesBySquashedName;

    /**
     * Indexes {@code entries}; each country without a PCL* entry among them is added as one built
     * from its {@link GazetteerCountry} record, so countries are always found by name.
     */
    public Gazetteer(Collection<GazetteerCountry> countryList, Collection<GazetteerEntry> entries) {
        Map<String, GazetteerCountry> byCode = new LinkedHashMap<>();
        Map<String, GazetteerCountry> demonyms = new HashMap<>();
        for (GazetteerCountry c : countryList) {
            byCode.put(c.alpha2(), c);
            for (String d : c.demonyms()) {
                demonyms.putIfAbsent(key(d), c);
            }
        }
        Set<String> countriesWithEntry = new HashSet<>();
        for (GazetteerEntry e : entries) {
            if (e.isCountry()) {
                countriesWithEntry.add(e.country());
            }
        }
        List<GazetteerEntry> all = new ArrayList<>(entries);
        for (GazetteerCountry c : countryList) {
            if (!countriesWithEntry.contains(c.alpha2())) {
                all.add(c.asEntry());
            }
        }
        Map<String, List<GazetteerEntry>> names = new HashMap<>(all.size() * 3);
        Map<String, GazetteerEntry> adm1 = new HashMap<>();
        for (GazetteerEntry e : all) {
            Set<String> keys = new HashSet<>();
            keys.add(key(e.name()));
            for (String alt : e.alternateNames()) {
                keys.add(key(alt));
            }
            if (e.isCountry() && byCode.containsKey(e.country())) {
                // a dump's country row may lack the English everyday names the country table has
                GazetteerCountry c = byCode.get(e.country());
                keys.add(key(c.name()));
                c.alternateNames().forEach(a -> keys.add(key(a)));
            }
            for (String k : keys) {
                if (!k.isEmpty()) {
                    names.computeIfAbsent(k, x -> new ArrayList<>(2)).add(e);
                }
            }
            if (e.isFirstLevelDivision()) {
                adm1.putIfAbsent(e.country() + "." + e.admin1(), e);
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.countries = Collections.unmodifiableMap(byCode);
        this.byName = names;
        this.byDemonym = demonyms;
        this.divisions = adm1;
        this.size = all.size();
        this.all = all;
        Map<String, String> alpha2ByAlpha3 = new HashMap<>();
        byCode.values().forEach(c -> alpha2ByAlpha3.put(c.alpha3(), c.alpha2()));
        Map<String, Set<String>> borders = new HashMap<>();
        for (GazetteerCountry c : byCode.values()) {
            Set<String> n = new HashSet<>();
            c.borders().stream().map(alpha2ByAlpha3::get).filter(x -> x != null).forEach(n::add);
            borders.put(c.alpha2(), Set.copyOf(n));
        }
        this.neighbours = borders;
    }

    /** The gazetteer shipped with Dateline (GeoNames-derived; see NOTICE). Takes about two seconds. */
    public static Gazetteer bundled() {
        return GazetteerFile.readBundled();
    }

    /**
     * The bundled country table with the features of a GeoNames dump ({@code allCountries.txt},
     * {@code cities500.txt}, ...) instead of the bundled features.
     */
    public static Gazetteer fromGeoNamesDump(Path dump) throws IOException {
        Gazetteer base = bundled();
        return new Gazetteer(base.countries.values(), GeoNamesDumpReader.read(dump));
    }

    /** Every feature called {@code name} (primary or alternate name), in no particular order. */
    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public boolean contains(String name) {
        return byName.containsKey(key(name));
    }

    public Optional<GazetteerCountry> country(String alpha2) {
        return Optional.ofNullable(countries.get(alpha2));
    }

    public Collection<GazetteerCountry> countries() {
        return countries.values();
    }

    /** The country whose people {@code word} names ("Iranian", "Qataris", "French"), if any. */
    public Optional<GazetteerCountry> demonymCountry(String word) {
        String k = key(word);
        GazetteerCountry c = byDemonym.get(k);
        if (c == null && k.endsWith("s")) {
            c = byDemonym.get(k.substring(0, k.length() - 1));
        }
        return Optional.ofNullable(c);
    }

    public boolean isDemonym(String word) {
        return demonymCountry(word).isPresent();
    }

    /** ISO alpha-2 codes of the countries bordering {@code alpha2}. */
    public Set<String> neighbours(String alpha2) {
        return neighbours.getOrDefault(alpha2, Set.of());
    }

    /** The first-level division {@code admin1} of {@code country} ("US", "GA": Georgia), if known. */
    public Optional<GazetteerEntry> firstLevelDivision(String country, String admin1) {
        return Optional.ofNullable(divisions.get(country + "." + admin1));
    }

    /**
     * The biggest populated place of {@code country} with at least {@code minPopulation} people whose
     * own name, without spaces and punctuation, is {@code squashed} ("dallas", "newyork"); null if none.
     */
    GazetteerEntry bigCityBySquashedName(String squashed, String country, long minPopulation) {
        Map<String, List<GazetteerEntry>> index = bigCitiesBySquashedName;
        if (index == null) {
            index = new HashMap<>();
            for (GazetteerEntry e : all) {
                if (e.isPopulatedPlace() && e.population() >= OutletHome.ADDRESS_CITY_POPULATION) {
                    index.computeIfAbsent(OutletHome.squash(key(e.name())), k -> new ArrayList<>()).add(e);
                }
            }
            bigCitiesBySquashedName = index;
        }
        GazetteerEntry best = null;
        for (GazetteerEntry e : index.getOrDefault(squashed, List.of())) {
            if (e.country().equals(country) && e.population() >= minPopulation
                    && (best == null || e.population() > best.population())) {
                best = e;
            }
        }
        return best;
    }

    /** Number of features, countries included. */
    public int size() {
        return size;
    }

    /** The lookup key of a name: accents and case folded, curly apostrophes straightened, spaces collapsed. */
    public static String key(String name) {
        String s = name;
        if (!isPlainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            s = MARKS.matcher(s).replaceAll("").replace('\u2019', '\'');
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        if (out.length() > 4 && out.charAt(0) == 't' && out.charAt(1) == 'h' && out.charAt(2) == 'e'
                && out.charAt(3) == ' ') {
            out.delete(0, 4);
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Wraps an I/O failure with the source it came from. */
    static UncheckedIOException failure(String source, IOException e) {
        return new UncheckedIOException("cannot read gazetteer " + source + ": " + e.getMessage(), e);
    }
}
