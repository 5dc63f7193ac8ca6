package org.dateline.extract.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A phrase of a PETRARCH dictionary: words joined by underscores or spaces. A final underscore means
 * the last word must end there ({@code AFGHANISTAN_}); without it the last word is a stem that matches
 * any word it begins ({@code FOREIGN_MINIST} matches "foreign minister" and "foreign ministry").
 */
record PetrarchPhrase(List<String> words, boolean stemLast) {
    PetrarchPhrase {
        words = List.copyOf(words);
    }

    static PetrarchPhrase parse(String raw) {
        String t = raw.trim();
        boolean exactEnd = t.endsWith("_");
        List<String> words = new ArrayList<>();
        for (String w : t.toUpperCase(Locale.ROOT).split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return new PetrarchPhrase(words, !exactEnd);
    }

    /** The words of a name from an article, in the dictionaries' form: upper case, no possessive. */
    static List<String> textWords(String text) {
        String t = text.replace('’', '\'').toUpperCase(Locale.ROOT).trim();
        if (t.endsWith("'S")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** True when this phrase covers {@code text} from {@code start} for exactly {@code words.size()} words. */
    boolean matchesAt(List<String> text, int start) {
        if (start + words.size() > text.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String expected = words.get(i);
            String actual = text.get(start + i);
            boolean last = i == words.size() - 1;
            if (!(actual.equals(expected) || (last && stemLast && actual.startsWith(expected)))) {
                return false;
            }
        }
        return true;
    }

    boolean matchesWhole(List<String> text) {
        return text.size() == words.size() && matchesAt(text, 0);
    }

    String text() {
        return String.join(" ", words);
    }
}
