package org.dateline.ingest.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dateline that opens a wire story: {@code Doha, November 24 (RHC)--},
 * {@code DOHA (Reuters) -}, {@code WASHINGTON, Nov 24 (AP) —}, {@code GAZA CITY, Gaza Strip (AP) —},
 * {@code LONDON, 24 November 2023 /PRNewswire/ --}, {@code KYIV, Ukraine —}.
 */
final class DatelineParser {
    /** Place, date and agency as written; {@code end} is where the dateline (with its dash) ends, {@code bodyStart} where the story begins. */
    record Parsed(int end, int bodyStart, String place, int month, int day, Integer year, String agency) {
        boolean hasDate() {
            return month > 0;
        }
    }

    static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
    private static final String CONNECTOR = "(?:de|del|da|do|dos|la|le|el|al|of|on|upon|sur|am|an|der|es|au)";
    private static final String PLACE = "(?!" + MONTH + "\\b)" + PLACE_WORD
            + "(?:[ \u00A0](?:" + CONNECTOR + "[ \u00A0])?" + PLACE_WORD + "){0,3}";
    private static final String DATE = "(?:(" + MONTH + ")\\.?[ \u00A0]+(\\d{1,2})(?:,?[ \u00A0]+(\\d{4}))?"
            + "|(\\d{1,2})[ \u00A0]+(" + MONTH + ")\\.?(?:,?[ \u00A0]+(\\d{4}))?)";
    private static final String AGENCY = "(?:\\((\\p{Lu}[\\p{L}&.'\u2019 -]{0,40}?)\\)|/(\\p{L}[\\p{L}&. -]{0,40}?)/)";
    /** A long dash may touch the story's first word; a hyphen needs a space after it ("DOHA-based" is no dateline). */
    private static final String DASH = "(?:(--|\u2014|\u2013|\u2015)(?=[ \u00A0]|$|[\\p{L}\"\u201C\u2018'])|(-)(?=[ \u00A0]|$))";
    /** Capitalized kickers that open a story the way a place would ("EXCLUSIVE \u2014", "UPDATE -"). */
    private static final java.util.Set<String> KICKERS = java.util.Set.of("EXCLUSIVE", "UPDATE", "UPDATED", "BREAKING",
            "WATCH", "LOOK", "OPINION", "ANALYSIS", "EDITORIAL", "BYLINE", "PHOTOS", "VIDEO", "LIVE", "FACT CHECK",
            "CORRECTION", "ADVISORY", "NOTE");

    private static final Pattern DATELINE = Pattern.compile("^(" + PLACE + ")(?:,[ \u00A0]*(" + PLACE + "))?"
            + "(?:,[ \u00A0]*" + DATE + ")?[ \u00A0]*" + AGENCY + "?[ \u00A0]*" + DASH);

    private DatelineParser() {
    }

    static Optional<Parsed> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1);
        String region = m.group(2);
        String agency = m.group(9) != null ? m.group(9).strip() : m.group(10) != null ? m.group(10).strip() : null;
        int month = 0;
        int day = 0;
        Integer year = null;
        if (m.group(3) != null) {
            month = monthNumber(m.group(3));
            day = Integer.parseInt(m.group(4));
            year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
        } else if (m.group(7) != null) {
            month = monthNumber(m.group(7));
            day = Integer.parseInt(m.group(6));
            year = m.group(8) == null ? null : Integer.valueOf(m.group(8));
        }
        if (month > 0 && (day < 1 || day > java.time.Month.of(month).maxLength())) {
            return Optional.empty();
        }
        boolean capsPlace = isAllCaps(place);
        if (agency == null && month == 0 && !capsPlace) {
            return Optional.empty(); // "Meanwhile, Iran - ..." is a sentence, not a dateline
        }
        if (KICKERS.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int end = m.end();
        int body = end;
        while (body < paragraph.length() && TextChars.isSpaceOrBreak(paragraph.charAt(body))) {
            body++;
        }
        String fullPlace = region == null ? place : place + ", " + region;
        return Optional.of(new Parsed(end, body, fullPlace, month, day, year, agency));
    }

    static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (m.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** At least three letters, all capitals: "KYIV", "GAZA CITY". */
    private static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }
}
