package org.dateline.extract.actors;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Actor;

/**
 * Builds and splits CAMEO actor codes: a code is a run of three-letter parts, the first of which is an
 * ISO alpha-3 country when it names one ({@code IRNGOV}: IRN + GOV; {@code IGOUNO}: no country, IGO + UNO).
 */
public final class ActorCodes {
    private ActorCodes() {
    }

    public static Actor parse(String code, CountryDictionary countries) {
        List<String> parts = parts(code);
        if (!parts.isEmpty() && countries.byAlpha3(parts.get(0)).isPresent()) {
            return new Actor(code, parts.get(0), parts.subList(1, parts.size()));
        }
        return new Actor(code, null, parts);
    }

    public static Actor of(String country, List<String> roles) {
        StringBuilder code = new StringBuilder(country == null ? "" : country);
        roles.forEach(code::append);
        return new Actor(code.toString(), country, roles);
    }

    /** Splits a code into three-letter parts; a trailing remainder (malformed code) is kept as its own part. */
    static List<String> parts(String code) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.length(); i += 3) {
            out.add(code.substring(i, Math.min(code.length(), i + 3)));
        }
        return out;
    }
}
