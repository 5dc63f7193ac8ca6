package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredPlace;

/**
 * GDELT 2.0 event records: 61 tab-separated columns in the codebook's order, no header line. We fill
 * what we know; AvgTone, the actor geographies, ethnic, religion and known-group codes, ADM codes and
 * the FIPS country codes and GNS feature ids of the geography are left empty (we have ISO codes and
 * GeoNames ids, which are not the same namespaces).
 */
public final class GdeltFormat {
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    /** CAMEO role codes: an actor code's first three letters are its country unless they are one of these. */
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "ELI", "UAF", "IGO", "NGO",
            "NGM", "IMG", "MNC", "REL", "SEP", "INS", "ENV", "DEV", "HRI", "SET", "UIS", "JEW", "MUS", "CHR", "BUD", "HIN");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private GdeltFormat() {
    }

    public static void write(List<StoredEvent> events, Writer out) throws IOException {
        for (StoredEvent e : events) {
            out.write(String.join("\t", row(e)));
            out.write('\n');
        }
    }

    /** The 61 fields of one event, empty strings for what we do not know. */
    public static List<String> row(StoredEvent e) {
        String[] f = new String[COLUMNS.size()];
        Arrays.fill(f, "");
        f[0] = Long.toString(e.id());
        LocalDate date = parseDate(e.date());
        if (date != null) {
            f[1] = date.format(DateTimeFormatter.BASIC_ISO_DATE);
            f[2] = f[1].substring(0, 6);
            f[3] = f[1].substring(0, 4);
            f[4] = String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear());
        }
        actor(f, 5, e.sourceCode(), e.sourceName());
        actor(f, 15, e.targetCode(), e.targetName());
        f[26] = e.cameo();
        f[27] = e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo() + "0";
        f[28] = e.cameoRoot();
        f[29] = e.quadClass() == null ? "" : e.quadClass().toString();
        f[30] = e.goldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.goldstein());
        f[31] = Integer.toString(e.numMentions());
        f[32] = Integer.toString(e.numSources());
        f[33] = Integer.toString(e.numArticles());
        StoredPlace p = e.place();
        if (p != null) {
            f[51] = geoType(p);
            f[52] = clean(p.name());
            f[56] = p.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lat());
            f[57] = p.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lon());
        }
        f[59] = e.dateAdded() == null ? "" : ADDED.format(Instant.parse(e.dateAdded()));
        f[60] = clean(e.sourceUrl());
        return List.of(f);
    }

    private static void actor(String[] f, int at, String code, String name) {
        if (code == null) {
            f[at + 1] = clean(name == null ? "" : name.toUpperCase(Locale.ROOT));
            return;
        }
        f[at] = code;
        f[at + 1] = clean(name == null ? "" : name.toUpperCase(Locale.ROOT));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        int roles = 0;
        if (!parts.isEmpty() && !ROLES.contains(parts.get(0))) {
            f[at + 2] = parts.get(0);
            parts = parts.subList(1, parts.size());
        }
        for (String role : parts) {
            if (ROLES.contains(role) && roles < 3) {
                f[at + 7 + roles++] = role;
            }
        }
    }

    /** GDELT's geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
    private static String geoType(StoredPlace p) {
        String fc = p.featureCode() == null ? "" : p.featureCode();
        boolean us = "US".equals(p.country());
        if (fc.startsWith("PCL")) {
            return "1";
        }
        if (fc.equals("ADM1")) {
            return us ? "2" : "5";
        }
        return us ? "3" : "4";
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Tabs and line breaks would break the record. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
