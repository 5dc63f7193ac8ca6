package org.dateline.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated dictionaries shipped in this package: '#' starts a comment line, blank lines are skipped. */
final class TsvResource {
    private TsvResource() {
    }

    /** The rows of {@code name}; each must have exactly {@code columns} fields, else the error names file and line. */
    static List<String[]> rows(String name, int columns) {
        InputStream in = TsvResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("actor dictionary " + name + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException("actor dictionary " + name + " line " + number + ": expected "
                            + columns + " tab-separated fields, found " + fields.length);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + name, e);
        }
        return rows;
    }

    /** A "|"-separated list; empty for an empty field. */
    static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
