package org.dateline.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Matches predicted times to gold TIMEX3s one-to-one by span overlap and counts the agreements. */
public final class TimeScorer {
    private TimeScorer() {
    }

    /** A gold-prediction pair the matching chose. */
    public record Match(Timex gold, Timex predicted) {
        public boolean valueAgrees() {
            return gold.sameValue(predicted);
        }
    }

    /**
     * Greedy one-to-one matching: overlapping pairs taken largest overlap first (then leftmost), so a
     * prediction that covers two gold times is matched to the one it shares most with.
     */
    public static List<Match> match(List<Timex> gold, List<Timex> predicted) {
        record Pair(int g, int p, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (gold.get(g).overlaps(predicted.get(p))) {
                    pairs.add(new Pair(g, p, gold.get(g).overlap(predicted.get(p))));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed()
                .thenComparingInt(x -> gold.get(x.g()).begin())
                .thenComparingInt(x -> predicted.get(x.p()).begin()));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<Match> out = new ArrayList<>();
        for (Pair x : pairs) {
            if (!goldUsed[x.g()] && !predUsed[x.p()]) {
                goldUsed[x.g()] = true;
                predUsed[x.p()] = true;
                out.add(new Match(gold.get(x.g()), predicted.get(x.p())));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.gold().begin()));
        return out;
    }

    public static TimeScores score(List<Timex> gold, List<Timex> predicted) {
        List<Match> matches = match(gold, predicted);
        int values = (int) matches.stream().filter(Match::valueAgrees).count();
        return new TimeScores(gold.size(), predicted.size(), matches.size(), values);
    }
}
