package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;

/** Synthetic tables for tests: rows of text, "" for an empty cell. */
final class Tables {

    private Tables() {
    }

    static Table grid(String[][] rows) {
        return grid(rows, null);
    }

    static Table grid(String[][] rows, Box box) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(Cell.of(r, c, rows[r][c]));
            }
        }
        return new Table(List.of(box == null ? 1 : box.page()), rows.length, rows[0].length, cells, "lattice", box);
    }

    static Table of(int rows, int cols, Box box, Cell... cells) {
        return new Table(List.of(box == null ? 1 : box.page()), rows, cols, List.of(cells), "lattice", box);
    }
}
