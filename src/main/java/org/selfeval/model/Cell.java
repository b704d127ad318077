package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One table cell, stored at its top-left grid position. A merged cell covers
 * {@code rowSpan × colSpan} grid slots; the slots it covers have no cell of their own.
 *
 * @param nested tables inside this cell (Word allows them), never null
 * @param box    position on the page (PDF only), or null
 * @param page   the page the cell is printed on, where the format has no box but the table runs
 *               over pages (a rendered Word table), else null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Cell(int row, int col, int rowSpan, int colSpan, String text, List<Table> nested, Box box,
                   Integer page) {

    public Cell(int row, int col, int rowSpan, int colSpan, String text, List<Table> nested, Box box) {
        this(row, col, rowSpan, colSpan, text, nested, box, null);
    }

    public Cell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry r" + row + " c" + col + " " + rowSpan + "x" + colSpan);
        }
        text = text == null ? "" : text;
        nested = nested == null ? List.of() : List.copyOf(nested);
    }

    public static Cell of(int row, int col, String text) {
        return new Cell(row, col, 1, 1, text, List.of(), null);
    }

    public static Cell spanning(int row, int col, int rowSpan, int colSpan, String text) {
        return new Cell(row, col, rowSpan, colSpan, text, List.of(), null);
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }

    public Cell withText(String newText) {
        return new Cell(row, col, rowSpan, colSpan, newText, nested, box, page);
    }

    public Cell withPage(int newPage) {
        return new Cell(row, col, rowSpan, colSpan, text, nested, box, newPage);
    }

    /** The page this cell of {@code table} is printed on: its box's, its own, else the table's first. */
    public int pageIn(Table table) {
        if (box != null && box.page() > 0) {
            return box.page();
        }
        return page != null && page > 0 ? page : table.page();
    }
}
