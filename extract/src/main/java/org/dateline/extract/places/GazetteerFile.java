package org.dateline.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads Dateline's compact gazetteer format (written by {@code tools/gazetteer/build_gazetteer.py}):
 * UTF-8, tab-separated, {@code #} comments, two kinds of line:
 * <pre>
 * C  alpha2 alpha3 name lat lon geonameId capital altNames demonyms borders
 * F  geonameId name featureClass featureCode country admin1 admin2 lat lon population altNames
 * </pre>
 * Lists are {@code |}-separated; empty fields are empty.
 */
public final class GazetteerFile {
    static final String BUNDLED = "/org/dateline/extract/places/gazetteer.tsv.gz";

    private GazetteerFile() {
    }

    static Gazetteer readBundled() {
        InputStream in = GazetteerFile.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the bundled gazetteer " + BUNDLED + " is missing from the class path");
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            return read(gz, BUNDLED);
        } catch (IOException e) {
            throw Gazetteer.failure(BUNDLED, e);
        }
    }

    /** Reads an uncompressed stream in the compact format; {@code source} names it in errors. */
    public static Gazetteer read(InputStream in, String source) throws IOException {
        List<GazetteerCountry> countries = new ArrayList<>();
        List<GazetteerEntry> entries = new ArrayList<>(160_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "C" -> countries.add(country(f, source, number));
                    case "F" -> entries.add(feature(f, source, number));
                    default -> throw new GazetteerFormatException(source, number, "unknown record kind '" + f[0] + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new GazetteerFormatException(source, number, e.getMessage());
            }
        }
        return new Gazetteer(countries, entries);
    }

    private static GazetteerCountry country(String[] f, String source, long number) {
        require(f, 11, source, number);
        return new GazetteerCountry(f[1], f[2], f[3], parseDouble(f[4]), parseDouble(f[5]), optionalLong(f[6]),
                f[7], list(f[8]), list(f[9]), list(f[10]));
    }

    private static GazetteerEntry feature(String[] f, String source, long number) {
        require(f, 12, source, number);
        return new GazetteerEntry(optionalLong(f[1]), f[2], f[3], f[4], f[5], f[6], f[7], parseDouble(f[8]),
                parseDouble(f[9]), f[10].isEmpty() ? 0 : Long.parseLong(f[10]), list(f[11]));
    }

    private static void require(String[] f, int fields, String source, long number) {
        if (f.length != fields) {
            throw new GazetteerFormatException(source, number, "expected " + fields + " fields, found " + f.length);
        }
    }

    private static double parseDouble(String s) {
        return s.isEmpty() ? 0 : Double.parseDouble(s);
    }

    static Long optionalLong(String s) {
        return s.isEmpty() ? null : Long.valueOf(s);
    }

    static List<String> list(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
