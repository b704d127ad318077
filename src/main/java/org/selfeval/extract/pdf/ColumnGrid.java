package org.selfeval.extract.pdf;

import org.selfeval.model.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Column boundary sets of table parts: whether two parts share a grid (one may split columns the
 * other merges throughout) and moving cells onto a finer grid.
 */
final class ColumnGrid {

    private ColumnGrid() {
    }

    /** Same outer edges, and every boundary of one set is also in the other. */
    static boolean compatible(double[] a, double[] b, double tol) {
        if (Math.abs(a[0] - b[0]) > tol || Math.abs(a[a.length - 1] - b[b.length - 1]) > tol) {
            return false;
        }
        return subset(a, b, tol) || subset(b, a, tol);
    }

    private static boolean subset(double[] small, double[] large, double tol) {
        for (double x : small) {
            if (index(large, x, tol) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Both sets merged, boundaries within tol counted once (the first set's value kept). */
    static double[] union(double[] a, double[] b, double tol) {
        List<Double> out = new ArrayList<>();
        for (double x : a) {
            out.add(x);
        }
        for (double x : b) {
            if (index(a, x, tol) < 0) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Index of the boundary within tol of x, or -1. */
    static int index(double[] xs, double x, double tol) {
        int best = -1;
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) <= tol && (best < 0 || Math.abs(xs[i] - x) < Math.abs(xs[best] - x))) {
                best = i;
            }
        }
        return best;
    }

    /** Cells laid on {@code from} moved onto the finer grid {@code to}: columns renumbered, spans widened. */
    static List<Cell> respan(List<Cell> cells, double[] from, double[] to, double tol) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            int col = index(to, from[c.col()], tol);
            int end = index(to, from[c.col() + c.colSpan()], tol);
            out.add(new Cell(c.row(), col, c.rowSpan(), end - col, c.text(), c.nested(), c.box()));
        }
        return out;
    }

    static PageTable respan(PageTable t, double[] to, double tol) {
        if (t.xs().length == to.length) {
            return t;
        }
        return new PageTable(t.page(), t.rowCount(), to.length - 1, respan(t.cells(), t.xs(), to, tol), to,
                t.box(), t.method());
    }
}
