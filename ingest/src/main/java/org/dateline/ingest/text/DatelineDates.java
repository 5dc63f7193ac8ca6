package org.dateline.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a dateline date that lacks its year ({@code November 24}) from the nearest evidence: a
 * full date elsewhere in the story's head (a caption "on Nov. 23, 2023"), else the date given on the
 * command line, else the date the container gave. The year chosen puts the dateline closest to that
 * date, so a story dated January 2 next to a caption of December 31 lands in the following year.
 */
final class DatelineDates {
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(" + DatelineParser.MONTH + ")\\.?[ \u00A0]+(\\d{1,2}),?[ \u00A0]+(\\d{4})\\b"
            + "|\\b(\\d{1,2})[ \u00A0]+(" + DatelineParser.MONTH + ")\\.?,?[ \u00A0]+(\\d{4})\\b"
            + "|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DatelineDates() {
    }

    /** The first full date written in the texts (captions, title, byline), if any. */
    static Optional<LocalDate> firstFullDate(List<String> texts) {
        for (String t : texts) {
            Matcher m = FULL_DATE.matcher(t);
            while (m.find()) {
                Optional<LocalDate> d = toDate(m);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), DatelineParser.monthNumber(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            if (m.group(5) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(6)), DatelineParser.monthNumber(m.group(5)),
                        Integer.parseInt(m.group(4))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                    Integer.parseInt(m.group(9))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30, 2023" is no date; look further
        }
    }

    /** The year (of last, this and next year around {@code reference}) that puts month/day closest to it. */
    static Optional<LocalDate> nearest(int month, int day, LocalDate reference) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (day > Month.of(month).length(java.time.Year.isLeap(year))) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            long distance = Math.abs(ChronoUnit.DAYS.between(reference, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The date part of a container's ISO date or date-time, or empty when it is not one. */
    static Optional<LocalDate> parseIsoDate(String value) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not ISO: the caller warns that the metadata date was not understood
        }
    }

    /** {@code --11-24}: ISO 8601's form for a month and day without a year. */
    static String partial(int month, int day) {
        return String.format("--%02d-%02d", month, day);
    }
}
