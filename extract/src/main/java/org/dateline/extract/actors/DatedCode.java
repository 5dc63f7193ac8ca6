package org.dateline.extract.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One code of a PETRARCH actor entry with its optional date restriction: {@code [IRNGOV]} always,
 * {@code [IRNGOV >130803]} from that day on, {@code [IRNGOV <130803]} before it, and
 * {@code [IRNGOV 050803-130803]} between two days (both included). Dates are YYMMDD or YYYYMMDD.
 * A code may name several actors at once, separated by slashes ({@code [FRO/BIL/SAM]}: PETRARCH codes an
 * event for each); {@link #codes(String)} splits it.
 */
public record DatedCode(String code, LocalDate from, LocalDate until) {
    /** Two-digit years up to this one are 20YY, later ones 19YY (PETRARCH's dictionaries start in the 1940s). */
    static final int CENTURY_PIVOT = 40;

    public boolean restricted() {
        return from != null || until != null;
    }

    public boolean appliesOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Parses the inside of the brackets; throws IllegalArgumentException saying what is wrong. */
    public static DatedCode parse(String bracket) {
        String[] parts = bracket.trim().split("\\s+");
        String code = parts[0].toUpperCase(Locale.ROOT);
        if (!code.matches("~?[A-Z0-9]{3,}(/[A-Z0-9]{3,})*~?")) {
            throw new IllegalArgumentException("not a CAMEO code: " + parts[0]);
        }
        if (parts.length == 1) {
            return new DatedCode(code, null, null);
        }
        String restriction = String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        if (restriction.startsWith(">")) {
            return new DatedCode(code, day(restriction.substring(1)), null);
        }
        if (restriction.startsWith("<")) {
            return new DatedCode(code, null, day(restriction.substring(1)).minusDays(1));
        }
        int dash = restriction.indexOf('-');
        if (dash > 0) {
            return new DatedCode(code, day(restriction.substring(0, dash)), day(restriction.substring(dash + 1)));
        }
        throw new IllegalArgumentException("unreadable date restriction: " + restriction);
    }

    /** The actors a code names: {@code FRO/BIL/SAM} gives three, any other code itself. */
    public static List<String> codes(String code) {
        return List.of(code.split("/"));
    }

    static LocalDate day(String digits) {
        try {
            if (digits.matches("\\d{6}")) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                int year = yy <= CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
                return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
            }
            if (digits.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + digits, e);
        }
        throw new IllegalArgumentException("not a YYMMDD or YYYYMMDD date: " + digits);
    }

    /**
     * The code that holds on {@code day}: the first restricted code whose period contains it, else the
     * first unrestricted one. Without a day, the unrestricted code, else the most recent period's code.
     */
    public static Optional<String> resolve(List<DatedCode> codes, LocalDate day) {
        if (day != null) {
            for (DatedCode c : codes) {
                if (c.restricted() && c.appliesOn(day)) {
                    return Optional.of(c.code());
                }
            }
        }
        for (DatedCode c : codes) {
            if (!c.restricted()) {
                return Optional.of(c.code());
            }
        }
        if (day != null) {
            return Optional.empty();
        }
        return codes.stream().filter(c -> c.until() == null).map(DatedCode::code).findFirst()
                .or(() -> codes.stream().max(java.util.Comparator.comparing(DatedCode::until)).map(DatedCode::code));
    }
}
