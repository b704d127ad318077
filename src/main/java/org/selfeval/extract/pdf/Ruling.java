package org.selfeval.extract.pdf;

/**
 * A drawn horizontal or vertical line segment (top-left origin). For a horizontal ruling
 * {@code pos} is its y and {@code start..end} its x extent; for a vertical one the reverse.
 */
record Ruling(boolean horizontal, double pos, double start, double end) {

    Ruling {
        if (start > end) {
            double t = start;
            start = end;
            end = t;
        }
    }

    double length() {
        return end - start;
    }

    /** Whether this ruling crosses or touches {@code other} (one horizontal, one vertical). */
    boolean meets(Ruling other, double tol) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return other.pos >= start - tol && other.pos <= end + tol
                && pos >= other.start - tol && pos <= other.end + tol;
    }
}
