package org.dateline.extract.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether two names of the same type denote one actor: "Amir-Abdollahian" and
 * "Hossein Amir-Abdollahian" do (a surname or a tail of the full name); "the Pentagon" and
 * "Pentagon" do; "John Smith" and "Jane Smith" do not.
 */
final class NameMatcher {
    private static final List<String> ARTICLES = List.of("the ");

    private NameMatcher() {
    }

    static boolean samePerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length == 0 || y.length == 0) {
            return false;
        }
        String[] shorter = x.length <= y.length ? x : y;
        String[] longer = x.length <= y.length ? y : x;
        if (shorter.length == longer.length) {
            return Arrays.equals(shorter, longer);
        }
        // a tail of the full name: "Al Thani" of "Mohammed bin Abdulrahman bin Jassim Al Thani"
        return Arrays.equals(shorter, Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length));
    }

    static boolean sameName(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    static String normalize(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
        for (String article : ARTICLES) {
            if (s.startsWith(article)) {
                s = s.substring(article.length());
            }
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    static String[] words(String name) {
        String n = normalize(name);
        return n.isEmpty() ? new String[0] : n.split(" ");
    }
}
