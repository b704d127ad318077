package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** Column boundaries from the whitespace that runs down through aligned text lines. */
final class Gutters {

    private Gutters() {
    }

    /**
     * @param support share of rows in which a gutter must be a wide gap (a column break) rather
     *                than an ordinary word space that happens to line up
     * @return column boundaries, left edge … right edge, or null when there are none
     */
    static double[] columns(List<TextRow> rows, double support) {
        List<double[]> spans = new ArrayList<>();
        for (TextRow r : rows) {
            for (TextRow.Word w : r.words()) {
                spans.add(new double[] {w.x0(), w.x1()});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> xs = new ArrayList<>();
        xs.add(spans.get(0)[0]);
        double reach = spans.get(0)[1];
        for (double[] s : spans) {
            if (s[0] > reach && supported(rows, reach, s[0], support)) {
                xs.add((reach + s[0]) / 2);
            }
            reach = Math.max(reach, s[1]);
        }
        xs.add(reach);
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }

    private static boolean supported(List<TextRow> rows, double g0, double g1, double support) {
        int wide = 0;
        for (TextRow r : rows) {
            double left = -Double.MAX_VALUE, right = Double.MAX_VALUE;
            for (TextRow.Word w : r.words()) {
                if (w.x1() <= g0 + 0.01) {
                    left = Math.max(left, w.x1());
                } else if (w.x0() >= g1 - 0.01) {
                    right = Math.min(right, w.x0());
                }
            }
            if (right - left >= TextRow.WIDE_GAP * r.em()) {
                wide++;
            }
        }
        return wide >= support * rows.size();
    }

    /** Whether no word of the row crosses a column boundary. */
    static boolean fits(TextRow row, double[] xs) {
        for (TextRow.Word w : row.words()) {
            for (int i = 1; i < xs.length - 1; i++) {
                if (w.x0() < xs[i] && w.x1() > xs[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The columns [first, last] an interval overlaps, or null outside the table. */
    static int[] overlapped(double x0, double x1, double[] xs) {
        int first = -1, last = -1;
        for (int c = 0; c < xs.length - 1; c++) {
            double o = Math.min(x1, xs[c + 1]) - Math.max(x0, xs[c]);
            if (o > 0.5 || (o > 0 && o >= 0.5 * (x1 - x0))) {
                if (first < 0) {
                    first = c;
                }
                last = c;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** The column holding x; positions outside the table go to the nearest edge column. */
    static int column(double x, double[] xs) {
        for (int c = 0; c < xs.length - 2; c++) {
            if (x < xs[c + 1]) {
                return c;
            }
        }
        return xs.length - 2;
    }
}
