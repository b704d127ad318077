package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to render: a grid with merged cells, plus the lines printed around it.
 *
 * @param title        the centred title line above the table
 * @param headerRows   leading rows that form the header (repeated on continuation pages when asked)
 * @param columnWidths relative column widths (any unit; renderers scale them)
 * @param notes        lines printed below the table (说明, 填表人 …)
 */
public record TableSpec(Kind kind, String title, int rowCount, int colCount, List<CellSpec> cells,
                        int headerRows, List<Double> columnWidths, List<String> notes) {

    public enum Kind { BASIC_DATA, SELF_EVALUATION, SCORING, PROJECT_SELF_EVALUATION }

    public TableSpec {
        cells = List.copyOf(cells);
        columnWidths = List.copyOf(columnWidths);
        notes = List.copyOf(notes);
        if (columnWidths.size() != colCount) {
            throw new IllegalArgumentException("need " + colCount + " column widths, got " + columnWidths.size());
        }
        boolean[][] covered = new boolean[rowCount][colCount];
        for (CellSpec c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                    if (r >= rowCount || k >= colCount || covered[r][k]) {
                        throw new IllegalArgumentException(kind + ": cell overlaps or leaves grid at r" + r + " c" + k);
                    }
                    covered[r][k] = true;
                }
            }
        }
        for (int r = 0; r < rowCount; r++) {
            for (int k = 0; k < colCount; k++) {
                if (!covered[r][k]) {
                    throw new IllegalArgumentException(kind + ": grid slot r" + r + " c" + k + " has no cell");
                }
            }
        }
    }

    /** The title line proper: {@code title} may carry caption lines after a line break (e.g. 单位：元). */
    public String titleLine() {
        int nl = title.indexOf('\n');
        return nl < 0 ? title : title.substring(0, nl);
    }

    /** Lines printed between the title and the grid, such as "单位：元". */
    public List<String> captionLines() {
        int nl = title.indexOf('\n');
        return nl < 0 ? List.of() : List.of(title.substring(nl + 1).split("\n"));
    }

    /** The cell anchored at (r, c), or null when the slot is covered by a merge from elsewhere. */
    public CellSpec anchoredAt(int r, int c) {
        for (CellSpec cell : cells) {
            if (cell.row() == r && cell.col() == c) {
                return cell;
            }
        }
        return null;
    }

    /** The cell covering slot (r, c); never null for a valid spec. */
    public CellSpec covering(int r, int c) {
        for (CellSpec cell : cells) {
            if (cell.covers(r, c)) {
                return cell;
            }
        }
        return null;
    }

    public TableSpec withCells(List<CellSpec> newCells) {
        return new TableSpec(kind, title, rowCount, colCount, newCells, headerRows, columnWidths, notes);
    }

    public TableSpec withTitle(String newTitle) {
        return new TableSpec(kind, newTitle, rowCount, colCount, cells, headerRows, columnWidths, notes);
    }

    /** A copy whose cell anchored at (r, c) holds {@code text}. */
    public TableSpec withCellText(int r, int c, String text) {
        List<CellSpec> copy = new ArrayList<>();
        for (CellSpec cell : cells) {
            copy.add(cell.row() == r && cell.col() == c ? cell.withText(text) : cell);
        }
        return withCells(copy);
    }

    public record CellSpec(int row, int col, int rowSpan, int colSpan, String text) {
        public CellSpec {
            text = text == null ? "" : text;
        }

        public boolean covers(int r, int c) {
            return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
        }

        public CellSpec withText(String newText) {
            return new CellSpec(row, col, rowSpan, colSpan, newText);
        }
    }
}
