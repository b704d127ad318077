package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

/** Small geometry helpers on top-left-origin boxes. */
final class Regions {

    private Regions() {
    }

    static double area(Box b) {
        return Math.max(0, b.width()) * Math.max(0, b.height());
    }

    static double intersection(Box a, Box b) {
        if (a.page() != b.page()) {
            return 0;
        }
        double w = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
        double h = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    static boolean containsCentre(Box area, Box b) {
        double cx = (b.x0() + b.x1()) / 2;
        double cy = (b.y0() + b.y1()) / 2;
        return cx >= area.x0() && cx <= area.x1() && cy >= area.y0() && cy <= area.y1();
    }

    /** The table's own box, else the union of its cell boxes, else null. */
    static Box of(Table table) {
        if (table.box() != null) {
            return table.box();
        }
        Box u = null;
        for (Cell c : table.cells()) {
            Box b = c.box();
            if (b != null && b.page() == table.page()) {
                u = u == null ? b : new Box(u.page(), Math.min(u.x0(), b.x0()), Math.min(u.y0(), b.y0()),
                        Math.max(u.x1(), b.x1()), Math.max(u.y1(), b.y1()));
            }
        }
        return u;
    }
}
