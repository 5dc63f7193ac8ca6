package org.dateline.extract.actors;

import java.util.Locale;

/**
 * The lookup key of a name: lower case, straight apostrophes, single spaces, no leading "the" and no
 * possessive ending, so "the Pentagon's" and "Pentagon" meet. Short all-capital acronyms ("US", "AP",
 * "WHO") keep their case, because lower-cased they are ordinary words ("us", "who").
 */
public final class Names {
    private Names() {
    }

    public static String key(String name) {
        String s = name.replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return isAcronym(s) ? s.replace(".", "") : s.toLowerCase(Locale.ROOT);
    }

    /** "US", "U.S.", "WHO", "IDF": at most five capital letters, optionally dotted. */
    static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        if (letters.isEmpty() || letters.length() > 5) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
