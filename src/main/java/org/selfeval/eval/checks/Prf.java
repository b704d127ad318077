package org.selfeval.eval.checks;

/** Counts with precision, recall and F1 (1.0 when there is nothing to find and nothing found). */
public record Prf(int support, int tp, int fp, int fn, double precision, double recall, double f1) {

    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Prf(tp + fn, tp, fp, fn, p, r, f);
    }
}
