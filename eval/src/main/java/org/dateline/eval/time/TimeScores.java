package org.dateline.eval.time;

/**
 * Counts for one system over some documents, and the metrics the data README asks for: span
 * precision/recall/F1 (overlap, one-to-one), value accuracy on span matches, and value F1 where a
 * match counts only when the values are equal.
 */
public record TimeScores(int gold, int predicted, int spanMatches, int valueMatches) {
    public static final TimeScores ZERO = new TimeScores(0, 0, 0, 0);

    public TimeScores plus(TimeScores o) {
        return new TimeScores(gold + o.gold, predicted + o.predicted, spanMatches + o.spanMatches,
                valueMatches + o.valueMatches);
    }

    public double spanPrecision() {
        return ratio(spanMatches, predicted);
    }

    public double spanRecall() {
        return ratio(spanMatches, gold);
    }

    public double spanF1() {
        return f1(spanPrecision(), spanRecall());
    }

    public double valueAccuracy() {
        return ratio(valueMatches, spanMatches);
    }

    public double valuePrecision() {
        return ratio(valueMatches, predicted);
    }

    public double valueRecall() {
        return ratio(valueMatches, gold);
    }

    public double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
