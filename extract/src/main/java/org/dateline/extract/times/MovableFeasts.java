package org.dateline.extract.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Holidays whose day of the month moves from year to year: moving "Thanksgiving" a year back keeps
 * SUTime's day of the month, which is then two days off. These give the right day in a given year.
 */
final class MovableFeasts {
    private MovableFeasts() {
    }

    /** The day the holiday named in {@code plain} (lower case) falls on in {@code year}; null when none is named. */
    static LocalDate in(String plain, int year) {
        if (plain.contains("thanksgiving")) {
            // the United States' Thanksgiving: the fourth Thursday of November
            return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (plain.contains("easter")) {
            return easterSunday(year);
        }
        return null;
    }

    /** Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
