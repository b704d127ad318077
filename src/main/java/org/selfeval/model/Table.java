package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table as a grid of cells with spans.
 *
 * @param pages  every page the table sits on (a table continued across pages is one table)
 * @param method how it was found: {@code word} (document structure), {@code lattice} (PDF ruling
 *               lines) or {@code stream} (PDF text alignment)
 * @param box    its area on the first page (PDF only), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(List<Integer> pages, int rowCount, int colCount, List<Cell> cells, String method, Box box)
        implements Block {

    public Table {
        pages = List.copyOf(pages);
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        cells = new CellGrid(sorted, rowCount, colCount);
    }

    @Override
    public int page() {
        return pages.isEmpty() ? 0 : pages.get(0);
    }

    /** The cell covering grid slot (r, c), or null where the source has no cell there. */
    public Cell cellAt(int r, int c) {
        return ((CellGrid) cells).covering(r, c);
    }

    /** The grid as text: every slot holds its covering cell's text, "" where there is none. */
    @JsonIgnore
    public String[][] grid() {
        String[][] g = new String[rowCount][colCount];
        for (String[] row : g) {
            java.util.Arrays.fill(row, "");
        }
        for (Cell cell : cells) {
            for (int r = cell.row(); r < Math.min(rowCount, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.col(); c < Math.min(colCount, cell.col() + cell.colSpan()); c++) {
                    g[r][c] = cell.text();
                }
            }
        }
        return g;
    }

    /** Cells of one grid row (anchored in that row), left to right. */
    public List<Cell> row(int r) {
        return ((CellGrid) cells).anchoredIn(r);
    }
}
