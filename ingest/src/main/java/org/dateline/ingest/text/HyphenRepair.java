package org.dateline.ingest.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a hyphen at a line end is part of the word ({@code Amir-Abdollahian},
 * {@code long-term}) or only marks a word split by the wrap ({@code nego-tiations}). The evidence,
 * strongest first: which of the two forms the same document uses elsewhere, whether the joined form
 * is an English word, and whether both halves are words of their own.
 */
final class HyphenRepair {
    private final WordList words;
    private final String document;
    private Map<String, Integer> counts;

    HyphenRepair(WordList words, String document) {
        this.words = words;
        this.document = document;
    }

    /**
     * True when the hyphen stays. {@code before} is the word ending at the hyphen (without it; it may
     * contain hyphens of its own), {@code after} the letters that continue it on the next line.
     */
    boolean keepHyphen(String before, String after) {
        String head = before.substring(before.lastIndexOf('-') + 1);
        if (head.isEmpty() || after.isEmpty() || !Character.isLetter(after.charAt(0))) {
            return true;
        }
        if (Character.isUpperCase(after.charAt(0))) {
            return true; // a name or a compound with a name: Amir-Abdollahian, anti-American
        }
        String joined = (head + after).toLowerCase(Locale.ROOT);
        String hyphenated = (head + "-" + after).toLowerCase(Locale.ROOT);
        int joinedCount = count(joined);
        int hyphenatedCount = count(hyphenated);
        if (hyphenatedCount != joinedCount) {
            return hyphenatedCount > joinedCount;
        }
        if (words.contains(joined)) {
            return false;
        }
        boolean headIsWord = words.contains(head) || Character.isUpperCase(head.charAt(0));
        return headIsWord && after.length() >= 2 && words.contains(after);
    }

    private int count(String form) {
        if (counts == null) {
            counts = countForms(document);
        }
        return counts.getOrDefault(form, 0);
    }

    /**
     * Every word of the document, lowercased, and every pair of neighbouring parts of a hyphenated
     * word ("state-of-the-art" counts "state-of", "of-the", "the-art" and the whole).
     */
    private static Map<String, Integer> countForms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            String token = text.substring(start, i).toLowerCase(Locale.ROOT);
            counts.merge(token, 1, Integer::sum);
            String[] parts = token.split("-");
            if (parts.length > 2) {
                for (int k = 1; k < parts.length; k++) {
                    counts.merge(parts[k - 1] + "-" + parts[k], 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
