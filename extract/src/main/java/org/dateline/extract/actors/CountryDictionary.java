package org.dateline.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every country by ISO code, name, demonym and capital (the default list is {@code countries.tsv}). */
public final class CountryDictionary {
    private final List<Country> countries;
    private final Map<String, Country> byAlpha3 = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();

    public CountryDictionary(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : this.countries) {
            byAlpha3.put(c.alpha3(), c);
            c.names().forEach(n -> byName.putIfAbsent(Names.key(n), c));
            c.demonyms().forEach(n -> byDemonym.putIfAbsent(Names.key(n), c));
            c.capitals().forEach(n -> byCapital.putIfAbsent(Names.key(n), c));
        }
    }

    public static CountryDictionary defaults() {
        List<Country> list = new ArrayList<>();
        for (String[] f : TsvResource.rows("countries.tsv", 5)) {
            list.add(new Country(f[0], f[1], TsvResource.list(f[2]), TsvResource.list(f[3]), TsvResource.list(f[4])));
        }
        return new CountryDictionary(list);
    }

    public List<Country> all() {
        return countries;
    }

    public Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : byAlpha3.get(alpha3));
    }

    public Optional<Country> byAlpha2(String alpha2) {
        return countries.stream().filter(c -> c.alpha2().equalsIgnoreCase(alpha2)).findFirst();
    }

    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(Names.key(name)));
    }

    /** "Qatari", "Qataris" and also "U.S." (used as an adjective). */
    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(Names.key(demonym)));
    }

    public Optional<Country> byCapital(String capital) {
        return Optional.ofNullable(byCapital.get(Names.key(capital)));
    }

    /** A name or a demonym: what a premodifier like "Qatari" or "Iran's" points at. */
    public Optional<Country> byNameOrDemonym(String text) {
        return byName(text).or(() -> byDemonym(text));
    }
}
