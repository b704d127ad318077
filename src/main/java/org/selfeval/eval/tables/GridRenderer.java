package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;

/** Our {@link Table} as a text grid the way an oracle tool would have written it. */
public final class GridRenderer {

    private GridRenderer() {
    }

    /**
     * @param area when not null, only slots whose cell centre lies inside it are kept (others
     *             become ""), and rows/columns with no such slot are dropped; cells without a box
     *             count as inside
     */
    public static List<List<String>> render(Table table, SpanRendering spans, Box area) {
        int rows = table.rowCount();
        int cols = table.colCount();
        String[][] text = new String[rows][cols];
        boolean[][] inside = new boolean[rows][cols];
        for (Cell cell : table.cells()) {
            boolean in = area == null || cell.box() == null || Regions.containsCentre(area, cell.box());
            for (int r = cell.row(); r < Math.min(rows, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.col(); c < Math.min(cols, cell.col() + cell.colSpan()); c++) {
                    inside[r][c] = in;
                    if (in && shows(spans, cell, r, c)) {
                        text[r][c] = cell.text();
                    }
                }
            }
        }
        boolean[] keepRow = new boolean[rows];
        boolean[] keepCol = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // Slots without any cell follow their row and column, so they never decide alone.
                boolean in = area == null || inside[r][c];
                keepRow[r] |= in;
                keepCol[c] |= in;
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!keepRow[r]) {
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (keepCol[c]) {
                    line.add(text[r][c] == null ? "" : text[r][c]);
                }
            }
            out.add(List.copyOf(line));
        }
        return out;
    }

    private static boolean shows(SpanRendering spans, Cell cell, int r, int c) {
        return switch (spans) {
            case TOP_LEFT -> r == cell.row() && c == cell.col();
            case COPY_VERTICAL -> c == cell.col();
            case COPY_ALL -> true;
        };
    }
}
