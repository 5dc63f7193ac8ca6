package org.dateline.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a GeoNames dump ({@code allCountries.txt}, {@code cities500.txt}, {@code cities15000.txt}, one
 * country's {@code XX.txt}; plain or {@code .gz}) into gazetteer entries. The format (geonames.org
 * export readme): UTF-8, tab-separated, 19 columns: geonameid, name, asciiname, alternatenames
 * (comma-separated), latitude, longitude, feature class, feature code, country code, cc2, admin1 code,
 * admin2 code, admin3 code, admin4 code, population, elevation, dem, timezone, modification date.
 */
public final class GeoNamesDumpReader {
    private static final int COLUMNS = 19;

    private GeoNamesDumpReader() {
    }

    public static List<GazetteerEntry> read(Path dump) throws IOException {
        try (InputStream raw = Files.newInputStream(dump);
             InputStream in = dump.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(in, dump.toString());
        }
    }

    /** Reads dump rows from {@code in}; {@code source} names it in errors. */
    public static List<GazetteerEntry> read(InputStream in, String source) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new GazetteerFormatException(source, number,
                        "expected " + COLUMNS + " tab-separated GeoNames columns, found " + c.length);
            }
            try {
                List<String> alternates = new ArrayList<>();
                if (!c[2].isEmpty() && !c[2].equals(c[1])) {
                    alternates.add(c[2]);
                }
                for (String a : c[3].split(",")) {
                    if (!a.isBlank()) {
                        alternates.add(a.strip());
                    }
                }
                out.add(new GazetteerEntry(Long.valueOf(c[0]), c[1], c[6], c[7], c[8], c[10], c[11],
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                        c[14].isEmpty() ? 0 : Long.parseLong(c[14]), alternates));
            } catch (IllegalArgumentException e) {
                throw new GazetteerFormatException(source, number, e.getMessage());
            }
        }
        return out;
    }
}
