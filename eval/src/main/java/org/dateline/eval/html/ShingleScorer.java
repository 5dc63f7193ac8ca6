package org.dateline.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: texts become {@code \w+} tokens (case kept), tokens
 * become 4-token shingles counted as a multiset (a text of fewer than four tokens is one shorter
 * shingle), and a page's true/false positives and false negatives are normalised to sum to 1 so
 * long articles weigh no more than short ones. Precision and recall are averaged over pages, then
 * combined into F1.
 */
public final class ShingleScorer {
    static final int SHINGLE = 4;
    /** Unicode-aware, like Python's {@code re} \w on str. */
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleScorer() {
    }

    /** One page's normalised counts; all zero when neither text has a token. */
    public record PageScore(double tp, double fp, double fn) {
        boolean bothEmpty() {
            return tp == 0 && fp == 0 && fn == 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Precision and recall averaged over pages, and F1 from those two averages. */
    public record Totals(double precision, double recall, double f1) {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int starts = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < starts; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    public static PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /**
     * Precision averages the pages that predicted something, recall the pages whose truth has
     * something (as the benchmark's script does); a page where both are empty counts 1 in both.
     */
    public static Totals totals(List<PageScore> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (PageScore s : pages) {
            if (s.bothEmpty() || s.tp() + s.fp() > 0) {
                precisionSum += s.precision();
                precisionPages++;
            }
            if (s.bothEmpty() || s.tp() + s.fn() > 0) {
                recallSum += s.recall();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Totals(precision, recall, f1);
    }
}
