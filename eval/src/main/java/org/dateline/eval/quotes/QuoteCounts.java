package org.dateline.eval.quotes;

/**
 * Counts behind the quote scores. Content: {@code matched} of {@code predicted} and of {@code gold}.
 * Attribution: {@code attributed} correct matches out of the predictions not matched to a source-less
 * gold attribution ({@code predictedScorable}) and out of the gold attributions with a source.
 */
public record QuoteCounts(int predicted, int gold, int matched, int predictedScorable, int goldWithSource,
                          int attributed) {
    public static final QuoteCounts ZERO = new QuoteCounts(0, 0, 0, 0, 0, 0);

    public QuoteCounts plus(QuoteCounts o) {
        return new QuoteCounts(predicted + o.predicted, gold + o.gold, matched + o.matched,
                predictedScorable + o.predictedScorable, goldWithSource + o.goldWithSource, attributed + o.attributed);
    }

    public Prf content() {
        return Prf.of(matched, predicted, gold);
    }

    public Prf attribution() {
        return Prf.of(attributed, predictedScorable, goldWithSource);
    }

    /** Precision, recall and F1; 0 where a denominator is 0. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
