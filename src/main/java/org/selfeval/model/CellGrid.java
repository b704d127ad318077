package org.selfeval.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A table's cells sorted by (row, col), as an immutable list (it serialises like any list) that
 * also answers "which cell covers slot (r, c)" and "the cells of row r" in constant time. The
 * index is built on first use: the form readers ask per slot, and a linear scan per slot made a
 * 5,000 × 30 table quadratic.
 */
final class CellGrid extends AbstractList<Cell> implements RandomAccess {

    private final Cell[] cells;
    private final int rows;
    private final int cols;
    private volatile Index index;

    CellGrid(List<Cell> sorted, int rows, int cols) {
        this.cells = sorted.toArray(new Cell[0]);
        this.rows = Math.max(0, rows);
        this.cols = Math.max(0, cols);
    }

    @Override
    public Cell get(int i) {
        return cells[i];
    }

    @Override
    public int size() {
        return cells.length;
    }

    /** The first cell (in row, col order) covering slot (r, c), or null. */
    Cell covering(int r, int c) {
        int[] slots = index().slots;
        if (slots != null && r >= 0 && r < rows && c >= 0 && c < cols) {
            int at = slots[r * cols + c];
            return at < 0 ? null : cells[at];
        }
        for (Cell cell : cells) { // outside the grid, or a sparse grid of huge spans: the plain scan
            if (cell.covers(r, c)) {
                return cell;
            }
        }
        return null;
    }

    /** The cells anchored in row r, left to right. */
    List<Cell> anchoredIn(int r) {
        int[] range = index().rowRanges.get(r);
        return range == null ? List.of() : subList(range[0], range[1]);
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            ix = new Index();
            index = ix; // racing builders compute the same index: no lock needed
        }
        return ix;
    }

    /** Slot → position of its first covering cell (-1: none), and each row's range of cells. */
    private final class Index {
        final int[] slots;
        final Map<Integer, int[]> rowRanges = new HashMap<>();

        Index() {
            long area = (long) rows * cols;
            // Dense when the grid is not much larger than its cells (always, within extract.max_cells).
            slots = area <= 8L * cells.length + 65_536 ? new int[(int) area] : null;
            if (slots != null) {
                Arrays.fill(slots, -1);
            }
            for (int i = 0; i < cells.length; i++) {
                Cell cell = cells[i];
                int at = i;
                rowRanges.computeIfAbsent(cell.row(), r -> new int[] {at, at})[1] = i + 1;
                if (slots != null) {
                    fill(cell, i);
                }
            }
        }

        private void fill(Cell cell, int i) {
            int rEnd = (int) Math.min(rows, (long) cell.row() + cell.rowSpan());
            int cEnd = (int) Math.min(cols, (long) cell.col() + cell.colSpan());
            for (int r = cell.row(); r < rEnd; r++) {
                for (int c = cell.col(); c < cEnd; c++) {
                    if (slots[r * cols + c] < 0) {
                        slots[r * cols + c] = i;
                    }
                }
            }
        }
    }
}
