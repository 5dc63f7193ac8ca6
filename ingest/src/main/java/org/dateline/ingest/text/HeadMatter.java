package org.dateline.ingest.text;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes the lines that stand before a story: its title and its byline. */
final class HeadMatter {
    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_BYLINE_CHARS = 150;
    private static final int MAX_BYLINE_WORDS = 16;

    private static final Pattern BYLINE = Pattern.compile("^(?i:by)[ \u00A0]+(\\p{Lu}.*)$");
    /** Words a byline may hold besides capitalized names and agencies. */
    private static final Set<String> BYLINE_WORDS = Set.of("and", "&", "of", "the", "in", "for", "de", "van",
            "von", "der", "al", "bin", "da", "la", "le", "|", "-", "\u2014", "\u2013");
    private static final Pattern WORD = Pattern.compile("[^\\s\u00A0]+");

    private HeadMatter() {
    }

    /**
     * A short line with no final period (or a line in title case): "Iran's top diplomat meets Hamas
     * chief in Doha". Sentences of a story end in punctuation; headlines usually do not.
     */
    static boolean isTitle(String line) {
        if (line.length() > MAX_TITLE_CHARS || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0
                || !hasLetter(line) || byline(line).isPresent()) {
            return false;
        }
        int words = countWords(line);
        if (words > MAX_TITLE_WORDS) {
            return false;
        }
        char last = lastNonClosing(line);
        if (last == ',' || last == ';' || last == ':' || last == '-' || last == '\u2014') {
            return false;
        }
        return last != '.' && last != '\u2026' || looksLikeHeadline(line);
    }

    /** Most words of four letters or more start with a capital, as in "Stealth Over Health: Clinton Diverted". */
    static boolean looksLikeHeadline(String line) {
        Matcher m = WORD.matcher(line);
        int long_ = 0;
        int capital = 0;
        while (m.find()) {
            String w = m.group();
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i))) {
                    letters++;
                }
            }
            if (letters >= 4) {
                long_++;
                int first = firstLetter(w);
                if (first >= 0 && Character.isUpperCase(w.charAt(first))) {
                    capital++;
                }
            }
        }
        return long_ >= 2 && capital >= 0.75 * long_ && countWords(line) <= MAX_TITLE_WORDS;
    }

    /** The names of a byline without its "By": "By JANE DOE and JOHN ROE, Associated Press" gives the rest. */
    static Optional<String> byline(String line) {
        if (line.length() > MAX_BYLINE_CHARS || line.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = m.group(1).strip();
        Matcher w = WORD.matcher(names);
        int count = 0;
        while (w.find()) {
            count++;
            String word = w.group().replaceAll("[,;|]+$", "");
            if (word.isEmpty() || BYLINE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int first = firstLetter(word);
            if (first < 0 || !Character.isUpperCase(word.charAt(first))) {
                return Optional.empty();
            }
        }
        if (count > MAX_BYLINE_WORDS || names.endsWith(".") && !endsWithInitial(names)) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    private static boolean endsWithInitial(String s) {
        int n = s.length();
        return n >= 3 && Character.isUpperCase(s.charAt(n - 2)) && !Character.isLetter(s.charAt(n - 3))
                || s.endsWith("Jr.") || s.endsWith("Sr.");
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasLetter(String s) {
        return firstLetter(s) >= 0;
    }

    private static int countWords(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static char lastNonClosing(String s) {
        int i = s.length() - 1;
        while (i > 0 && (TextChars.isClosing(s.charAt(i)) || TextChars.isSpace(s.charAt(i)))) {
            i--;
        }
        return i >= 0 ? s.charAt(i) : ' ';
    }
}
