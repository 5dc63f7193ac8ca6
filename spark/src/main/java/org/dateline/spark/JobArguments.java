package org.dateline.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The job's command line: {@code [--date YYYY-MM-DD] [--partitions N] OUTPUT INPUT...}. */
record JobArguments(String output, List<String> inputs, LocalDate date, int partitions) {
    static final String USAGE = "usage: AnalyzeJob [--date YYYY-MM-DD] [--partitions N] OUTPUT INPUT...";
    /** Enough slices for a few cores per executor; each slice is one task. */
    static final int DEFAULT_PARTITIONS = 8;

    static JobArguments parse(String[] args) {
        LocalDate date = null;
        int partitions = DEFAULT_PARTITIONS;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--date" -> date = parseDate(value(args, ++i, "--date"));
                case "--partitions" -> partitions = parsePartitions(value(args, ++i, "--partitions"));
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2) {
            throw new IllegalArgumentException("an OUTPUT folder and at least one INPUT are required");
        }
        return new JobArguments(rest.get(0), List.copyOf(rest.subList(1, rest.size())), date, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date is not YYYY-MM-DD: " + s);
        }
    }

    private static int parsePartitions(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--partitions must be a whole number of at least 1: " + s);
    }
}
