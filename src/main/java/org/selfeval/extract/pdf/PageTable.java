package org.selfeval.extract.pdf;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;

import java.util.List;

/**
 * A table found on one page, before cross-page merging.
 *
 * @param xs column boundaries (colCount + 1 values), used to recognise a continuation
 */
record PageTable(int page, int rowCount, int colCount, List<Cell> cells, double[] xs, Box box, String method) {

    PageTable {
        cells = List.copyOf(cells);
    }

    boolean contains(Glyph g) {
        return g.centerX() >= box.x0() && g.centerX() <= box.x1() && g.centerY() >= box.y0() && g.centerY() <= box.y1();
    }
}
