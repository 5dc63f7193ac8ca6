package org.dateline.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO event codebook as numbers: a name, a Goldstein score and a PLOVER type per code and a
 * QuadClass per root. Two sources: {@link #load(Path)} reads the public CAMEO tables of a directory
 * ({@code CAMEO.eventcodes.txt}, {@code CAMEO.goldsteinscale.txt}, {@code CAMEO.quadclass.txt},
 * {@code CAMEO2PLOVER-2021.txt}); {@link #builtIn()} reads the compact table written for this project
 * ({@code cameo-codes.tsv}): the twenty roots with their Goldstein scores and PLOVER types, and the
 * few sub-codes whose PLOVER type differs from their root's. A code missing from a table borrows the
 * value of its nearest listed parent ({@code 0841 -> 084 -> 08}), so with the built-in table a Goldstein
 * score is the root's. The application should load the public tables when they are at hand.
 */
public final class CameoTables {
    private static final String BUILT_IN = "cameo-codes.tsv";

    private final Map<String, String> names;
    private final Map<String, Double> goldstein;
    private final Map<String, Integer> quadClassByRoot;
    private final Map<String, String> plover;
    /** True for the full public codebook: then an unlisted code is not CAMEO. */
    private final boolean complete;

    private CameoTables(Map<String, String> names, Map<String, Double> goldstein,
                        Map<String, Integer> quadClassByRoot, Map<String, String> plover, boolean complete) {
        this.complete = complete;
        this.names = Map.copyOf(names);
        this.goldstein = Map.copyOf(goldstein);
        this.quadClassByRoot = Map.copyOf(quadClassByRoot);
        this.plover = Map.copyOf(plover);
    }

    /** True when the codebook lists this exact code, or (built-in table) when its root is a CAMEO root. */
    public boolean isKnown(String code) {
        return code != null && code.matches("\\d{2,4}") && (names.containsKey(code)
                || !complete && names.containsKey(code.substring(0, 2)));
    }

    public Set<String> codes() {
        return names.keySet();
    }

    public String name(String code) {
        return names.get(code);
    }

    /** Goldstein score of the code or of its nearest listed parent; null for a code outside CAMEO. */
    public Double goldstein(String code) {
        return inherited(goldstein, code);
    }

    /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public Integer quadClass(String code) {
        return code == null || code.length() < 2 ? null : quadClassByRoot.get(code.substring(0, 2));
    }

    /** The PLOVER event type, or null where PLOVER has none (public statements, appeals). */
    public String plover(String code) {
        return inherited(plover, code);
    }

    private static <V> V inherited(Map<String, V> table, String code) {
        if (code == null || !code.matches("\\d{2,4}")) {
            return null;
        }
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            V v = table.get(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The project's own compact table (a classpath resource beside this class). */
    public static CameoTables builtIn() {
        try (InputStream in = CameoTables.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN + " beside " + CameoTables.class.getName());
            }
            return parseBuiltIn(lines(in), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + BUILT_IN, e);
        }
    }

    /** Columns: code, goldstein, quadclass, plover ({@code -} for none), name. Blank and {@code #} lines skipped. */
    static CameoTables parseBuiltIn(List<String> lines, String source) {
        Map<String, String> names = new HashMap<>();
        Map<String, Double> gold = new HashMap<>();
        Map<String, Integer> quad = new HashMap<>();
        Map<String, String> plov = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5 || !f[0].matches("\\d{2,4}")) {
                throw new IllegalArgumentException(source + " line " + n + ": expected code, goldstein, quadclass, plover, name");
            }
            names.put(f[0], f[4]);
            if (!f[1].equals("-")) {
                gold.put(f[0], Double.parseDouble(f[1]));
            }
            if (f[0].length() == 2) {
                quad.put(f[0], Integer.parseInt(f[2]));
            }
            if (!f[3].equals("-")) {
                plov.put(f[0], f[3]);
            }
        }
        return new CameoTables(names, gold, quad, plov, false);
    }

    /** Reads the four public CAMEO tables from {@code dir}. */
    public static CameoTables load(Path dir) {
        Map<String, String> names = new HashMap<>();
        for (String[] f : columns(dir.resolve("CAMEO.eventcodes.txt"), "\t")) {
            names.put(f[0].trim(), f.length > 1 ? f[1].trim() : "");
        }
        Map<String, Double> gold = new HashMap<>();
        for (String[] f : columns(dir.resolve("CAMEO.goldsteinscale.txt"), "\t")) {
            gold.put(f[0].trim(), number(f, dir.resolve("CAMEO.goldsteinscale.txt")));
        }
        Map<String, Integer> quad = new HashMap<>();
        for (String[] f : columns(dir.resolve("CAMEO.quadclass.txt"), "\t")) {
            quad.put(f[0].trim(), (int) number(f, dir.resolve("CAMEO.quadclass.txt")));
        }
        return new CameoTables(names, gold, quad, ploverMap(dir.resolve("CAMEO2PLOVER-2021.txt")), true);
    }

    /** {@code CODE: TYPE, mode, context # comment}; the first line for a code wins. */
    private static Map<String, String> ploverMap(Path file) {
        Map<String, String> out = new HashMap<>();
        for (String line : read(file)) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 2 || !line.substring(0, colon).trim().matches("\\d{2,4}")) {
                continue;
            }
            String rest = line.substring(colon + 1);
            int hash = rest.indexOf('#');
            String type = (hash < 0 ? rest : rest.substring(0, hash)).split(",")[0].trim();
            if (!type.isEmpty()) {
                out.putIfAbsent(line.substring(0, colon).trim(), type);
            }
        }
        return out;
    }

    private static double number(String[] f, Path file) {
        try {
            return Double.parseDouble(f[1].trim());
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(file + ": no number for code " + f[0], e);
        }
    }

    /** Data rows of a tab-separated table whose first column is a CAMEO code (the header is skipped). */
    private static List<String[]> columns(Path file, String separator) {
        return read(file).stream().map(l -> l.split(separator))
                .filter(f -> f.length > 0 && f[0].trim().matches("\\d{2,4}")).toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CAMEO table " + file, e);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
