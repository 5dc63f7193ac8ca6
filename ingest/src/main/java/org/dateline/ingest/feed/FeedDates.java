package org.dateline.ingest.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Feed dates to ISO {@code YYYY-MM-DD}, in the item's own time zone: RSS's RFC 822 and Atom's RFC 3339. */
final class FeedDates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    /** RFC 822 with a zone name RFC 1123 parsing does not know ("EST"), or a two-digit year: day month year is enough. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2,4})\\b");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private FeedDates() {
    }

    /** The date, or null when the value is no date this reader knows. */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not strict RFC 1123; try the looser forms below
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.find()) {
            Integer month = month(dmy.group(2));
            int year = Integer.parseInt(dmy.group(3));
            year = year < 100 ? 2000 + year : year;
            return month == null ? null : date(year, month, Integer.parseInt(dmy.group(1)));
        }
        return null;
    }

    private static Integer month(String name) {
        String n = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
        try {
            return MONTH.parse(n).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
