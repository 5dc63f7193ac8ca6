package org.dateline.extract.times;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar values of TIMEX3 that the corrections move around: a day (with an optional time or
 * part of day after it, kept as a suffix), a month, a quarter, a season, a half or a week-end, each
 * as the first and last day it covers. Anything else (durations, sets, references) is not parsed.
 */
record TimexValue(Granularity granularity, LocalDate first, LocalDate last, String suffix) {
    enum Granularity { DAY, WEEKEND, MONTH, QUARTER, SEASON, HALF, YEAR }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");

    /** Parses {@code value}, or returns null when it is not one of the calendar forms above. */
    static TimexValue parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new TimexValue(Granularity.DAY, d, d, m.group(4));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
                return new TimexValue(Granularity.MONTH, d, d.plusMonths(1).minusDays(1), "");
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1);
                return new TimexValue(Granularity.QUARTER, d, d.plusMonths(3).minusDays(1), "");
            }
            m = HALF.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 6 * num(m, 2) - 5, 1);
                return new TimexValue(Granularity.HALF, d, d.plusMonths(6).minusDays(1), "");
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                int month = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate d = LocalDate.of(num(m, 1), month, 1);
                return new TimexValue(Granularity.SEASON, d, d.plusMonths(3).minusDays(1), m.group(2));
            }
            m = WEEKEND.matcher(value);
            if (m.matches()) {
                LocalDate saturday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.SATURDAY);
                return new TimexValue(Granularity.WEEKEND, saturday, saturday.plusDays(1), "");
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 1, 1);
                return new TimexValue(Granularity.YEAR, d, d.plusYears(1).minusDays(1), "");
            }
        } catch (java.time.DateTimeException e) {
            // "1998-02-30" and the like: not a calendar value we can move, so leave it alone
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    TimexValue plusYears(int years) {
        return new TimexValue(granularity, first.plusYears(years), last.plusYears(years), suffix);
    }

    TimexValue plusWeeks(int weeks) {
        return new TimexValue(granularity, first.plusWeeks(weeks), last.plusWeeks(weeks), suffix);
    }

    /** Back to TIMEX3 notation. */
    String format() {
        return switch (granularity) {
            case DAY -> first + suffix;
            case WEEKEND -> truncate(first, 'W') + "-WE";
            case MONTH -> String.format("%04d-%02d", first.getYear(), first.getMonthValue());
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case HALF -> first.getYear() + "-H" + ((first.getMonthValue() - 1) / 6 + 1);
            case SEASON -> first.getYear() + "-" + suffix;
            case YEAR -> String.format("%04d", first.getYear());
        };
    }

    /** The TIMEX3 value of {@code day} at a coarser granularity: year, month or ISO week. */
    static String truncate(LocalDate day, char unit) {
        return switch (unit) {
            case 'Y' -> String.format("%04d", day.getYear());
            case 'M' -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case 'W' -> String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'Q' -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            default -> day.toString();
        };
    }
}
