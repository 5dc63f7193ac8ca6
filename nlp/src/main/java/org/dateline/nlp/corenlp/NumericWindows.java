package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where in a sentence SUTime and CoreNLP's numeric classifiers can find anything: windows of
 * tokens around words that carry a number or a time (digits, POS tag CD, number and ordinal words,
 * month and weekday names, time units, parts of the day, seasons, relative words such as "ago" or
 * "now", holidays). Those classifiers cost more than the statistical NER itself, and most tokens of
 * news text are far from any such word; their rules look a few tokens around the word that anchors
 * them ("the last six weeks", "more than a month and a half"), so a margin of 8 tokens either side
 * gives them all the context they use. The word list is deliberately generous: a word too many only
 * widens a window, a word too few could lose a date.
 */
public final class NumericWindows {
    /** Tokens either side of a trigger that the classifiers see. */
    public static final int MARGIN = 8;

    private static final Set<String> TRIGGER_WORDS = Set.of(
            // months and their abbreviations ("may" and "march" are common verbs: a few wider windows)
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec",
            // weekdays and their abbreviations
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            // words SUTime reads as a reference to the present, past or future
            "today", "tonight", "tonite", "yesterday", "tomorrow", "now", "current", "currently", "present",
            "recent", "recently", "lately", "ago", "hence", "earlier", "later", "past", "previous",
            "previously", "prior", "future", "once", "medieval", "nowadays", "era",
            // units of time
            "second", "sec", "secs", "minute", "min", "mins", "hour", "hr", "hrs", "day", "daylight",
            "daytime", "week", "wk", "wks", "weekend", "weekday", "workweek", "fortnight", "month", "mo",
            "mos", "year", "yr", "yrs", "decade", "century", "centuries", "millennium", "millennia",
            "millenium", "quarter", "season", "semester", "time", "times", "millisecond", "millisec",
            // parts of the day
            "morning", "afternoon", "evening", "night", "nighttime", "overnight", "noon", "midday",
            "midnight", "dawn", "dusk", "daybreak", "sunrise", "sunset", "sunup", "sundown", "twilight",
            "teatime", "lunchtime", "dinnertime", "suppertime", "a.m", "p.m", "am", "pm", "o'clock",
            // seasons and frequencies
            "spring", "summer", "fall", "autumn", "winter", "daily", "weekly", "monthly", "yearly",
            "annual", "annually", "quarterly", "hourly", "nightly", "biweekly", "biannual", "semiannual",
            // holidays SUTime knows
            "christmas", "xmas", "x-mas", "easter", "halloween", "thanksgiving", "valentine", "eve",
            "groundhog", "inauguration", "labor", "labour", "memorial", "columbus", "mlk", "ides",
            // number words the tagger may not tag CD ("half a day", "a dozen", "a couple of weeks")
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "couple", "few",
            // decades ("the Seventies": SUTime's XX7X) and anniversaries
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "noughts", "noughties", "oughts", "centennial", "millenia",
            // money and percent words
            "percent", "dollar", "cent", "euro", "pound", "penny", "pence", "yen", "yuan", "won");

    private NumericWindows() {
    }

    /**
     * What the windows depend on, for keys of caches of annotations: a changed word list or margin
     * gives another signature.
     */
    public static String signature() {
        return "margin=" + MARGIN + ",words=" + Integer.toHexString(new java.util.TreeSet<>(TRIGGER_WORDS).hashCode());
    }

    /** A half-open range of token indexes, {@code from} inclusive, {@code to} exclusive. */
    public record Span(int from, int to) {
    }

    /**
     * The windows of a sentence given its words and POS tags (same length): each trigger with
     * {@code margin} tokens either side, clipped to the sentence; overlapping or touching windows
     * merged, so that no expression is cut between two windows. In sentence order.
     */
    public static List<Span> windows(List<String> words, List<String> tags, int margin) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!isTrigger(words.get(i), tags.get(i))) {
                continue;
            }
            int from = Math.max(0, i - margin);
            int to = Math.min(words.size(), i + margin + 1);
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last.to()) {
                out.set(out.size() - 1, new Span(last.from(), Math.max(last.to(), to)));
            } else {
                out.add(new Span(from, to));
            }
        }
        return out;
    }

    /** Whether a token can anchor a number, a money or percent amount, an ordinal or a time. */
    public static boolean isTrigger(String word, String tag) {
        if ("CD".equals(tag)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        if (NumberSequenceClassifier.CURRENCY_SYMBOL_PATTERN.matcher(word).matches()
                || NumberSequenceClassifier.PERCENT_SYMBOL_PATTERN.matcher(word).matches()) {
            return true;
        }
        // "mid-March", "two-day", "year-long": any part of a hyphenated word
        for (String part : word.split("[-/]")) {
            if (isTriggerWord(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTriggerWord(String part) {
        String w = part.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (TRIGGER_WORDS.contains(w) || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(w).matches()) {
            return true;
        }
        // plurals: "weeks", "mornings", "Fridays", "centuries" is listed, "dozens", "thousands"
        return w.endsWith("s") && w.length() > 2 && TRIGGER_WORDS.contains(w.substring(0, w.length() - 1));
    }
}
