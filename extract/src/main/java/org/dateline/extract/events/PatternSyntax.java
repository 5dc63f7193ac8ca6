package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The pattern notation shared by PETRARCH's verb dictionaries and ours: words before and after a
 * {@code *} (the trigger), {@code _} joining adjacent words, {@code &NAME} for a synset, {@code $} and
 * {@code +} for the source and target slots, {@code ( )} and {@code { }} grouping words, {@code ^} and
 * {@code %} ignored. A group in braces is a phrase of adjacent words.
 */
final class PatternSyntax {
    private PatternSyntax() {
    }

    /** The items before and after the star, or null when the text has no star or names an unknown synset. */
    static List<List<PatternItem>> parse(String text, Function<String, List<List<String>>> synsets, boolean byLemma) {
        StringBuilder b = new StringBuilder();
        boolean inBrace = false;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                inBrace = true;
            } else if (c == '}') {
                inBrace = false;
            } else if (c == '(' || c == ')') {
                b.append(' ');
            } else {
                b.append(inBrace && c == ' ' ? '_' : c);
            }
        }
        String[] tokens = b.toString().replace("_", " _ ").trim().split("\\s+");
        List<PatternItem> before = new ArrayList<>();
        List<PatternItem> after = new ArrayList<>();
        List<PatternItem> current = before;
        boolean sawStar = false;
        boolean adjacent = false;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            switch (t) {
                case "_" -> adjacent = true;
                case "*", "**" -> {
                    current = after;
                    sawStar = true;
                    adjacent = false;
                    continue;
                }
                case "$" -> current.add(new PatternItem.Slot(PatternItem.Role.SOURCE));
                case "+" -> current.add(new PatternItem.Slot(PatternItem.Role.TARGET));
                case "^", "%" -> {
                    // skip and compound markers: the parse finds phrases and compounds itself
                }
                default -> {
                    List<List<String>> phrases = t.startsWith("&") ? synsets.apply(t)
                            : List.of(List.of(t.toLowerCase(Locale.ROOT)));
                    if (phrases == null || phrases.isEmpty()) {
                        return null;
                    }
                    current.add(new PatternItem.Words(phrases, adjacent && !current.isEmpty(), byLemma));
                }
            }
            if (!t.equals("_")) {
                adjacent = false;
            }
        }
        return sawStar ? List.of(before, after) : null;
    }
}
