package org.dateline.eval.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quote score of the data README: a prediction matches a gold attribution when their contents
 * overlap by at least half of the shorter one; pairs are taken one-to-one, greedily by overlap. A match
 * is attributed correctly when the predicted speaker overlaps the gold source; gold attributions
 * without a source count for content only.
 */
public final class QuoteScorer {
    private QuoteScorer() {
    }

    /** A gold/predicted pair taken by the greedy matching. */
    public record Match(int gold, int predicted, int overlap, boolean attributed) {
    }

    /** The matching and its counts for one document. */
    public record Scored(List<Match> matches, QuoteCounts counts) {
        public Scored {
            matches = List.copyOf(matches);
        }
    }

    public static Scored score(List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
        List<Match> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                List<TextRange> gc = gold.get(g).content();
                List<TextRange> pc = predicted.get(p).content();
                int overlap = TextRange.overlap(gc, pc);
                int shorter = Math.min(TextRange.length(gc), TextRange.length(pc));
                if (overlap > 0 && 2 * overlap >= shorter) {
                    boolean attributed = TextRange.overlap(gold.get(g).source(), predicted.get(p).speaker()) > 0;
                    candidates.add(new Match(g, p, overlap, attributed));
                }
            }
        }
        // ties broken by position so the result does not depend on sort stability
        candidates.sort(Comparator.comparingInt(Match::overlap).reversed()
                .thenComparingInt(Match::gold).thenComparingInt(Match::predicted));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predTaken = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        int toSourceless = 0;
        int attributed = 0;
        for (Match m : candidates) {
            if (goldTaken[m.gold()] || predTaken[m.predicted()]) {
                continue;
            }
            goldTaken[m.gold()] = true;
            predTaken[m.predicted()] = true;
            matches.add(m);
            if (!gold.get(m.gold()).hasSource()) {
                toSourceless++;
            } else if (m.attributed()) {
                attributed++;
            }
        }
        int goldWithSource = (int) gold.stream().filter(GoldAttribution::hasSource).count();
        matches.sort(Comparator.comparingInt(Match::gold));
        return new Scored(matches, new QuoteCounts(predicted.size(), gold.size(), matches.size(),
                predicted.size() - toSourceless, goldWithSource, attributed));
    }
}
