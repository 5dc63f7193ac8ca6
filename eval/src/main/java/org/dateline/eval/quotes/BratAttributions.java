package org.dateline.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's BRAT standoff: {@code T} lines ({@code Tn<TAB>Type START END[;START END...]<TAB>text})
 * and {@code E} lines linking them ({@code En<TAB>Attribution:Tn Content:Tn Cue:Tn Source:Tn}). An
 * {@code E} line without Content is no statement and is skipped.
 */
public final class BratAttributions {
    private BratAttributions() {
    }

    private static final java.util.regex.Pattern ANNOTATION_ID = java.util.regex.Pattern.compile("[A-Z]\\d+|#\\d*");

    public static List<GoldAttribution> read(Path ann) {
        try {
            return parse(Files.readString(ann, StandardCharsets.UTF_8), ann.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold attributions " + ann, e);
        }
    }

    /** {@code name} appears in error messages. */
    public static List<GoldAttribution> parse(String ann, String name) {
        Map<String, List<TextRange>> textBounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (!ANNOTATION_ID.matcher(cols[0]).matches()) {
                // the covered text of a span that crosses a line break goes on over the next lines
                continue;
            }
            if (cols[0].startsWith("T")) {
                if (cols.length < 2) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": text-bound line without a range");
                }
                textBounds.put(cols[0], ranges(cols[1], name, i + 1));
            } else if (cols[0].startsWith("E")) {
                if (cols.length < 2) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": event line without arguments");
                }
                events.add(new String[] {cols[0], cols[1], String.valueOf(i + 1)});
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] e : events) {
            Map<String, List<TextRange>> roles = new HashMap<>();
            for (String arg : e[1].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(name + ":" + e[2] + ": argument without a role: " + arg);
                }
                List<TextRange> r = textBounds.get(arg.substring(colon + 1));
                if (r == null) {
                    throw new IllegalArgumentException(name + ":" + e[2] + ": unknown text-bound " + arg);
                }
                roles.put(arg.substring(0, colon), r);
            }
            if (roles.containsKey("Content")) {
                out.add(new GoldAttribution(e[0], roles.get("Content"), roles.getOrDefault("Source", List.of()),
                        roles.getOrDefault("Cue", List.of())));
            }
        }
        return out;
    }

    private static List<TextRange> ranges(String typeAndRanges, String name, int line) {
        int space = typeAndRanges.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(name + ":" + line + ": no range in '" + typeAndRanges + "'");
        }
        List<TextRange> out = new ArrayList<>();
        for (String fragment : typeAndRanges.substring(space + 1).split(";")) {
            String[] be = fragment.trim().split(" ");
            try {
                out.add(new TextRange(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(name + ":" + line + ": bad range '" + fragment + "'", ex);
            }
        }
        return out;
    }
}
