package org.selfeval.eval.tables;

import org.selfeval.model.Box;

/**
 * The visible area of one page in PDF user space (bottom-left origin), used to turn ground-truth
 * coordinates into our top-left {@link Box} convention.
 */
public record PageFrame(double left, double bottom, double width, double height) {

    /** A bottom-left-origin rectangle (x1,y1)-(x2,y2) as a top-left-origin box on {@code page}. */
    public Box toTopLeft(int page, double x1, double y1, double x2, double y2) {
        double top = bottom + height;
        return new Box(page, Math.min(x1, x2) - left, top - Math.max(y1, y2),
                Math.max(x1, x2) - left, top - Math.min(y1, y2));
    }
}
